using InviteScreen.Benchmarks.Imports;
using InviteScreen.Web.Imports;

namespace InviteScreen.Web.Tests.Imports;

/// <summary>The crash harness of the benchmarks (the real app as a child process, SIGKILLed mid-import), in a bounded form.</summary>
public sealed class ImportCrashTests
{
    [Fact]
    public async Task Import_KilledMidwayThenRestarted_ResumesWithoutDuplicatesAndTheFileStaysIntact()
    {
        var log = new StringWriter();

        var result = await CrashHarness.RunAsync(rows: 3_000, batchSize: 50, log, TestContext.Current.CancellationToken);

        Assert.True(result.AtKill.RowsDone < result.Rows, log.ToString());
        Assert.Equal(("ok", 0), (result.AfterKill.Integrity, result.AfterKill.Duplicates));
        Assert.True(result.AfterKill.Stored < result.DistinctIncoming, log.ToString());
        Assert.Equal(ImportStatus.Completed, result.Resumed.Status);
        Assert.Equal(result.DistinctIncoming, result.Resumed.Imported);
        Assert.Equal((0, result.Resumed.Imported + result.Resumed.Duplicates), (result.Rerun.Imported, result.Rerun.Duplicates));
        Assert.Equal(new DatabaseState("ok", result.DistinctIncoming, 0), result.AtEnd);
    }
}
