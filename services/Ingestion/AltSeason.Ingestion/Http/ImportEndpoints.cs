using System.Text.Json;
using AltSeason.Ingestion.Importing;
using AltSeason.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace AltSeason.Ingestion.Http;

/// <summary>
/// <c>POST /api/imports</c>: a multipart form (a file plus optional <c>format</c>, <c>series</c>,
/// <c>columnMapping</c> fields) or a raw body with <c>?fileName=&amp;format=&amp;series=&amp;columnMapping=</c>
/// (<c>columnMapping</c> is a JSON object). 200 with the report when stored, 400 when the file is rejected,
/// 413 past the limits.
/// </summary>
public static class ImportEndpoints
{
    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/imports", ImportAsync).DisableAntiforgery().RequireAuthorization(PlatformScopes.IngestWrite);
        return endpoints;
    }

    static async Task<IResult> ImportAsync(HttpContext http, Importer importer, IOptions<IngestionOptions> options)
    {
        var limits = options.Value;
        try
        {
            var (command, content) = await ReadAsync(http.Request, http.RequestAborted);
            await using (content)
            {
                var outcome = await importer.ImportAsync(command, content, http.RequestAborted);
                var report = ImportReportJson.From(ImportReports.From(command, outcome, limits.MaxReportedErrors));
                return Results.Json(report, statusCode: report.Accepted ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
            }
        }
        catch (ImportLimitExceededException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large");
        }
        catch (InvalidDataException e) when (IsMultipart(http.Request))
        {
            // The form reader's own length limit (FormOptions) is set to the upload limit.
            return Results.Problem($"the form is larger than the limit of {limits.MaxUploadBytes} bytes ({e.Message})",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large");
        }
        catch (InvalidImportRequestException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid import request");
        }
    }

    static async Task<(ImportCommand Command, Stream Content)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string? Query(string name) => request.Query[name].FirstOrDefault();
        if (!IsMultipart(request))
        {
            var command = ImportCommand.From(Query("fileName"), Query("format"), Mapping(Query("columnMapping"), "query parameter columnMapping"), Query("series"));
            return (command, request.Body);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null)
            ?? throw new InvalidImportRequestException("The multipart form has no file part; send the file as a part named 'file'.");
        string? Field(string name) => form[name].FirstOrDefault() ?? Query(name);
        var fromForm = ImportCommand.From(Field("fileName") ?? file.FileName, Field("format"),
            Mapping(Field("columnMapping"), "form field columnMapping"), Field("series"));
        return (fromForm, file.OpenReadStream());
    }

    // Only multipart is a form: curl --data-binary labels a raw file as urlencoded, and that body is still the file.
    static bool IsMultipart(HttpRequest request) =>
        request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;

    static Dictionary<string, string>? Mapping(string? json, string where)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json)
                ?? throw new InvalidImportRequestException($"The {where} is null; give a JSON object like {{\"date\":\"Date\",\"close\":\"Close\"}}.");
        }
        catch (JsonException e)
        {
            throw new InvalidImportRequestException(
                $"The {where} is not a JSON object of strings like {{\"date\":\"Date\",\"close\":\"Close\"}}: {e.Message}");
        }
    }

    /// <summary>Lets uploads up to the configured size through Kestrel's and the form reader's own limits.</summary>
    public static void ConfigureBodyLimits(IServiceCollection services, IngestionOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var allowance = limits.MaxUploadBytes + 1024 * 1024; // headers, multipart boundaries, gRPC framing
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = allowance);
        services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = allowance);
    }
}
