using System.Linq.Expressions;
using System.Reflection;
using Google.Protobuf.Reflection;

namespace AltSeason.Grpc;

/// <summary>
/// Finds, for each method of a service descriptor, the implementation method of the same name and shape,
/// and reports every missing or misshapen one at start-up rather than at the first call.
/// </summary>
internal static class MethodBinder
{
    public static IReadOnlyList<(GrpcMethod Method, Func<ServerCall, Task> Invoke, MethodInfo Implementation)> Bind<TService>(
        ServiceDescriptor service) where TService : class
    {
        var bound = new List<(GrpcMethod, Func<ServerCall, Task>, MethodInfo)>();
        var problems = new List<string>();
        foreach (var method in service.Methods)
        {
            var (shape, factoryName) = Describe(method);
            // Static methods are accepted too: a stateless handler then satisfies CA1822 without a suppression.
            var candidate = typeof(TService).GetMethod(method.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static);
            if (candidate is null || !Matches(candidate, shape))
            {
                problems.Add($"{service.FullName}/{method.Name} needs `public {Format(shape)}` on {typeof(TService).Name}"
                    + (candidate is null ? " (no method of that name)." : " (a method of that name exists with another signature)."));
                continue;
            }

            var types = new[] { typeof(TService), method.InputType.ClrType, method.OutputType.ClrType };
            var handler = shape.CompileCaller(typeof(TService), candidate);
            var invoke = (Func<ServerCall, Task>)typeof(MethodInvokers)
                .GetMethod(factoryName, BindingFlags.Public | BindingFlags.Static)!
                .MakeGenericMethod(types)
                .Invoke(null, [handler, method.InputType.Parser, candidate.IsStatic])!;
            bound.Add((GrpcMethod.From(method), invoke, candidate));
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"{typeof(TService).Name} does not implement every method of {service.FullName}:{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", problems));
        }

        return bound;
    }

    private static (MethodShape Shape, string Factory) Describe(MethodDescriptor method)
    {
        var request = method.InputType.ClrType;
        var response = method.OutputType.ClrType;
        var context = typeof(CallContext);
        var requests = typeof(IAsyncEnumerable<>).MakeGenericType(request);
        var writer = typeof(IServerStreamWriter<>).MakeGenericType(response);
        var taskOfResponse = typeof(Task<>).MakeGenericType(response);
        return (method.IsClientStreaming, method.IsServerStreaming) switch
        {
            (false, false) => (new MethodShape(method.Name, taskOfResponse, [request, context]), nameof(MethodInvokers.Unary)),
            (false, true) => (new MethodShape(method.Name, typeof(Task), [request, writer, context]), nameof(MethodInvokers.ServerStreaming)),
            (true, false) => (new MethodShape(method.Name, taskOfResponse, [requests, context]), nameof(MethodInvokers.ClientStreaming)),
            (true, true) => (new MethodShape(method.Name, typeof(Task), [requests, writer, context]), nameof(MethodInvokers.DuplexStreaming)),
        };
    }

    private static bool Matches(MethodInfo candidate, MethodShape shape) =>
        candidate.ReturnType == shape.Returns
        && candidate.GetParameters().Select(p => p.ParameterType).SequenceEqual(shape.Parameters);

    private static string Format(MethodShape shape) =>
        $"{TypeName(shape.Returns)} {shape.Name}({string.Join(", ", shape.Parameters.Select(TypeName))})";

    private static string TypeName(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>"
        : type.Name;

    private sealed record MethodShape(string Name, Type Returns, Type[] Parameters)
    {
        /// <summary>A delegate taking the implementation first, then the parameters, that calls the method on it (or statically).</summary>
        public Delegate CompileCaller(Type service, MethodInfo implementation)
        {
            var target = Expression.Parameter(service, "service");
            var arguments = Parameters.Select((type, i) => Expression.Parameter(type, $"arg{i}")).ToArray();
            var call = implementation.IsStatic
                ? Expression.Call(implementation, arguments)
                : Expression.Call(target, implementation, arguments);
            return Expression.Lambda(Expression.GetFuncType([service, .. Parameters, Returns]), call, [target, .. arguments]).Compile();
        }
    }
}
