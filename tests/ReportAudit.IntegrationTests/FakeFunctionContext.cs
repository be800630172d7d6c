using System.Collections.Immutable;
using Microsoft.Azure.Functions.Worker;

namespace ReportAudit.IntegrationTests;

/// <summary>Just enough of a FunctionContext to call a function class directly: binding data as the host gives it.</summary>
internal sealed class FakeFunctionContext(IReadOnlyDictionary<string, object?> bindingData, IServiceProvider services) : FunctionContext
{
    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    public override string FunctionId => "test";

    public override TraceContext TraceContext => null!;

    public override BindingContext BindingContext { get; } = new FakeBindingContext(bindingData);

    public override RetryContext RetryContext => null!;

    public override IServiceProvider InstanceServices { get; set; } = services;

    public override FunctionDefinition FunctionDefinition => null!;

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features => null!;

    private sealed class FakeBindingContext(IReadOnlyDictionary<string, object?> data) : BindingContext
    {
        public override IReadOnlyDictionary<string, object?> BindingData { get; } = data;
    }
}
