using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Tests.Screening;

public sealed class InvitationInputValidatorTests
{
    private readonly InvitationInputValidator validator = new();

    [Theory]
    [InlineData("https://www.linkedin.com/in/dana-whitfield")]
    [InlineData("https://linkedin.com/in/x")]
    [InlineData("https://de.linkedin.com/in/jörg")]
    [InlineData("https://WWW.LinkedIn.com/in/Dana")]
    public void Validate_LinkedInProfileUrl_IsAccepted(string url) =>
        Assert.True(validator.Validate(new InvitationInput { Message = "hi", ProfileUrl = url }).IsValid);

    [Theory]
    [InlineData("not a url")]
    [InlineData("https://example.com/in/dana")]
    [InlineData("https://www.linkedin.com/company/acme")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://linkedin.com/in/x")]
    [InlineData("https://linkedin.com.evil.example/in/x")]
    [InlineData("http://linkedin.com/in/x")]
    [InlineData("https://evil.example\uFF0F.linkedin.com/in/x")]
    [InlineData("https://www.linkedin.com\uFF0Fin\uFF0Fx")]
    [InlineData("https://www.linkedin.com/in/x\nSet-Cookie: a=b")]
    [InlineData("https://www.linkedin.com/in/x\ry")]
    [InlineData("https://www.linkedin.com/in/a\u200Bb")]
    [InlineData("https://www.linkedin.com/in/a\tb")]
    [InlineData("https://evil.example@www.linkedin.com/in/x")]
    [InlineData("https://www.linkedin.com:8443/in/x")]
    public void Validate_OtherUrl_IsRejectedOnProfileUrl(string url)
    {
        var result = validator.Validate(new InvitationInput { Message = "hi", ProfileUrl = url });

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(InvitationInput.ProfileUrl));
    }

    [Fact]
    public void Validate_NeitherNameNorMessage_IsRejected() =>
        Assert.False(validator.Validate(new InvitationInput { Headline = "Sales" }).IsValid);

    [Theory]
    [InlineData(201, 0, 0)]
    [InlineData(0, 301, 0)]
    [InlineData(0, 0, 8001)]
    public void Validate_OverlongField_IsRejected(int name, int headline, int message)
    {
        var input = new InvitationInput { SenderName = new string('n', Math.Max(name, 1)), Headline = new string('h', headline), Message = new string('m', message) };

        Assert.False(validator.Validate(input).IsValid);
    }
}
