using Microsoft.AspNetCore.Http;
using Reader.Preview;

namespace Reader.Tests.Preview;

public sealed class LoopbackHostTests
{
    [Theory]
    [InlineData("127.0.0.1:5080", true)]
    [InlineData("localhost:5080", true)]
    [InlineData("LocalHost:5080", true)]
    [InlineData("[::1]:5080", true)]
    [InlineData("127.0.0.1:5081", false)]
    [InlineData("127.0.0.1", false)]
    [InlineData("attacker.example:5080", false)]
    [InlineData("localhost.attacker.example:5080", false)]
    [InlineData("127.0.0.2:5080", false)]
    [InlineData("", false)]
    public void Only_loopback_names_with_the_port(string host, bool allowed) =>
        Assert.Equal(allowed, LoopbackHost.Allows(new HostString(host), 5080));

    [Fact]
    public void On_port_80_a_host_without_a_port_is_the_same_address() =>
        Assert.True(LoopbackHost.Allows(new HostString("localhost"), 80));
}
