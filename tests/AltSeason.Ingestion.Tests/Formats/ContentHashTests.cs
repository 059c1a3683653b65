using System.Text;
using AltSeason.Ingestion.Formats.Hashing;

namespace AltSeason.Ingestion.Tests.Formats;

public class ContentHashTests
{
    [Fact]
    public async Task Sha256_matches_the_standard_test_vector_from_bytes_and_from_a_stream()
    {
        // FIPS 180-2 test vector for "abc".
        const string expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        var bytes = Encoding.ASCII.GetBytes("abc");
        Assert.Equal(expected, ContentHash.Sha256Hex(bytes));
        await using var stream = new MemoryStream(bytes);
        Assert.Equal(expected, await ContentHash.Sha256HexAsync(stream));
        Assert.NotEqual(expected, ContentHash.Sha256Hex(Encoding.ASCII.GetBytes("abd")));
    }
}
