using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Tests.Screening;

public sealed class SenderKeyTests
{
    [Fact]
    public void For_SameProfileUrlWithVariants_IsOneSender() =>
        Assert.Equal(
            SenderKey.For("Dana", "Sales", "https://www.linkedin.com/in/Dana-W/"),
            SenderKey.For("Dana W.", "BD", "https://linkedin.com/in/dana-w"));

    [Fact]
    public void For_NoUrl_UsesNormalisedNameAndHeadline() =>
        Assert.Equal(
            SenderKey.For("José  Muñoz", "Sales | Growth", null),
            SenderKey.For("jose munoz", "sales growth", ""));

    [Fact]
    public void For_DifferentHeadline_IsAnotherSender() =>
        Assert.NotEqual(SenderKey.For("Lee", "Sales", null), SenderKey.For("Lee", "Engineer", null));
}
