using PaperCatalog.CodeGeneration;
using System.Linq;
using PaperCatalog;

namespace PaperCatalog.Tests.Runtime;

/// <summary>The runtime helpers generated lookups call: the step encoding must pick exactly the named entries.</summary>
public sealed class CatalogSupportTests
{
    private static Paper[][] Files(params int[] sizes)
    {
        var number = 0;
        return sizes.Select(size => Enumerable.Range(0, size).Select(_ => new Paper("P" + number++)).ToArray()).ToArray();
    }

    [Theory]
    [InlineData("", new int[0])]
    [InlineData("1", new[] { 0 })]
    [InlineData("1,2,a", new[] { 0, 2, 12 })]
    [InlineData("4,1", new[] { 3, 4 })]              // crosses from the first file into the second
    [InlineData("6", new[] { 5 })]                   // skips the empty third file into the fourth
    [InlineData("10", new[] { 35 })]                 // two base-36 digits
    [InlineData("1,z,1", new[] { 0, 35, 36 })]
    public void Steps_pick_the_positions_over_all_files(string steps, int[] positions)
    {
        var files = Files(3, 2, 0, 40);

        var picked = CatalogSupport.Pick(files, steps);

        Assert.Equal(positions.Select(p => "P" + p), picked.Select(p => p.Name));
    }

    [Fact]
    public async System.Threading.Tasks.Task A_cached_pick_is_made_once_and_every_caller_gets_the_same_list()
    {
        var files = Files(3, 2);
        var holder = new System.Collections.Generic.IReadOnlyList<Paper>?[1];

        var lists = await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(0, 8).Select(_ => System.Threading.Tasks.Task.Run(() => CatalogSupport.Pick(ref holder[0], files, "2,3"))));
        var cache = holder[0];

        Assert.Equal(new[] { "P1", "P4" }, lists[0].Select(p => p.Name));
        Assert.All(lists, list => Assert.Same(cache, list));
    }

    [Fact]
    public void Picked_list_is_read_only()
    {
        var picked = CatalogSupport.Pick(Files(2), "1,1");

        Assert.Throws<System.NotSupportedException>(() => ((System.Collections.Generic.IList<Paper>)picked).Add(new Paper("X")));
    }
}
