using RightsBot.Cases;
using RightsBot.Reports;

namespace RightsBot.Tests.Reports;

/// <summary>The one reading of export choices, shared by the console form and the command line.</summary>
public sealed class ExportFormTests
{
    [Fact]
    public void AllChoices_BecomeTheFilter()
    {
        var form = new ExportForm
        {
            From = "2026-01-01", To = " 2026-12-31 ", Province = "广东省", City = " ", Industry = "建筑业", Status = "closed", Source = "WeChat",
            Type = "hardship", IncludeDemo = ExportForm.On,
        };

        Assert.True(form.TryToFilter(out var filter, out var problem), problem);
        Assert.Equal(new ExportFilter
        {
            From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 12, 31), Province = "广东省", Industry = "建筑业", Status = CaseStatus.Closed,
            Source = CaseSource.WeChat, Type = CaseType.Hardship, IncludeDemo = true,
        }, filter);
        Assert.True(new ExportForm().TryToFilter(out var none, out _));
        Assert.Equal(new ExportFilter(), none);
    }

    [Theory]
    [InlineData("From", "2026/01/01")]
    [InlineData("To", "昨天")]
    [InlineData("Status", "done")]
    [InlineData("Status", "7")]
    [InlineData("Source", "Fax")]
    [InlineData("Type", "arrears")]
    public void BadChoice_IsRefusedWithAReason(string field, string value)
    {
        var form = new ExportForm();
        typeof(ExportForm).GetProperty(field)!.SetValue(form, value);
        Assert.False(form.TryToFilter(out _, out var problem));
        Assert.False(string.IsNullOrEmpty(problem));
    }
}
