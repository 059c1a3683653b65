using AltSeason.Grpc.Reflection.Protocol;
using Google.Protobuf;

namespace AltSeason.Grpc.Reflection;

/// <summary>
/// <c>grpc.reflection.v1.ServerReflection</c>: lists the mapped services and hands out their file descriptors,
/// so tools such as grpcurl can call the API without the .proto files.
/// </summary>
internal sealed class ReflectionApi(GrpcServiceRegistry registry)
{
    public async Task ServerReflectionInfo(
        IAsyncEnumerable<ServerReflectionRequest> requests, IServerStreamWriter<ServerReflectionResponse> writer, CallContext context)
    {
        var index = new DescriptorIndex(registry.Services);
        await foreach (var request in requests.WithCancellation(context.CancellationToken))
        {
            var response = Answer(request, index);
            response.ValidHost = request.Host;
            response.OriginalRequest = request;
            await writer.WriteAsync(response, context.CancellationToken);
        }
    }

    private ServerReflectionResponse Answer(ServerReflectionRequest request, DescriptorIndex index)
    {
        switch (request.MessageRequestCase)
        {
            case ServerReflectionRequest.MessageRequestOneofCase.ListServices:
                var list = new ListServiceResponse();
                list.Service.AddRange(registry.Services.Select(s => new ServiceResponse { Name = s.FullName }));
                return new ServerReflectionResponse { ListServicesResponse = list };
            case ServerReflectionRequest.MessageRequestOneofCase.FileByFilename:
                return Files(index.FindFile(request.FileByFilename), $"File '{request.FileByFilename}' is not known.");
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingSymbol:
                return Files(index.FindSymbol(request.FileContainingSymbol), $"Symbol '{request.FileContainingSymbol}' is not known.");
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingExtension:
                return Error(StatusCode.NotFound, "This server defines no extensions.");
            case ServerReflectionRequest.MessageRequestOneofCase.AllExtensionNumbersOfType:
                return index.FindSymbol(request.AllExtensionNumbersOfType) is null
                    ? Error(StatusCode.NotFound, $"Type '{request.AllExtensionNumbersOfType}' is not known.")
                    : new ServerReflectionResponse
                    {
                        AllExtensionNumbersResponse = new ExtensionNumberResponse { BaseTypeName = request.AllExtensionNumbersOfType },
                    };
            default:
                return Error(StatusCode.InvalidArgument, "The reflection request names no question.");
        }
    }

    private static ServerReflectionResponse Files(Google.Protobuf.Reflection.FileDescriptor? file, string notFound)
    {
        if (file is null)
        {
            return Error(StatusCode.NotFound, notFound);
        }

        var files = new FileDescriptorResponse();
        files.FileDescriptorProto.AddRange(DescriptorIndex.WithDependencies(file).Select(f => f.SerializedData));
        return new ServerReflectionResponse { FileDescriptorResponse = files };
    }

    private static ServerReflectionResponse Error(StatusCode code, string message) => new()
    {
        ErrorResponse = new ErrorResponse { ErrorCode = (int)code, ErrorMessage = message },
    };
}
