using System.Numerics;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Store.Indexing;

/// <summary>
/// Sorts index changes by key. A commit sorts up to nine arrays of millions of changes: the framework's
/// span sort goes through a comparison delegate per compare, and in a short-lived process (<c>kg load</c>) its
/// generic code runs unoptimized for most of the sort while the JIT tiers it up. This introsort compares
/// inline and is compiled fully optimized on first call; already sorted input (changes appended in key order)
/// costs one pass.
/// </summary>
internal static class KeySort
{
    private const int InsertionLimit = 24;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sort(Span<KeyChange> items)
    {
        if (items.Length < 2 || IsSorted(items))
        {
            return;
        }

        IntroSort(items, 2 * (BitOperations.Log2((uint)items.Length) + 1));
    }

    /// <summary>Sorts, then keeps one change per key: the last one in the input order among equal keys is not
    /// guaranteed, so use only for changes that agree per key (an insert-only log). Returns the distinct count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int SortDistinct(Span<KeyChange> items)
    {
        Sort(items);
        if (items.Length < 2)
        {
            return items.Length;
        }

        var kept = 1;
        for (var i = 1; i < items.Length; i++)
        {
            if (!Same(items[i].Key, items[kept - 1].Key))
            {
                items[kept++] = items[i];
            }
        }

        return kept;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsSorted(Span<KeyChange> items)
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (Less(items[i].Key, items[i - 1].Key))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void IntroSort(Span<KeyChange> a, int depth)
    {
        while (a.Length > InsertionLimit)
        {
            if (depth-- == 0)
            {
                HeapSort(a);
                return;
            }

            var p = Partition(a);

            // Recurse into the smaller side and loop on the larger: the stack stays O(log n).
            if (p < a.Length - p)
            {
                IntroSort(a[..p], depth);
                a = a[(p + 1)..];
            }
            else
            {
                IntroSort(a[(p + 1)..], depth);
                a = a[..p];
            }
        }

        InsertionSort(a);
    }

    /// <summary>Median-of-three pivot; on return the pivot sits at the returned position, smaller-or-equal keys before it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Partition(Span<KeyChange> a)
    {
        var hi = a.Length - 1;
        var mid = hi >> 1;
        SwapIfGreater(a, 0, mid);
        SwapIfGreater(a, 0, hi);
        SwapIfGreater(a, mid, hi);
        var pivot = a[mid].Key;
        Swap(a, mid, hi - 1);

        // a[0] <= pivot and a[hi] >= pivot act as sentinels for the two scans.
        int left = 0, right = hi - 1;
        while (left < right)
        {
            while (Less(a[++left].Key, pivot))
            {
            }

            while (Less(pivot, a[--right].Key))
            {
            }

            if (left >= right)
            {
                break;
            }

            Swap(a, left, right);
        }

        if (left != hi - 1)
        {
            Swap(a, left, hi - 1);
        }

        return left;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void InsertionSort(Span<KeyChange> a)
    {
        for (var i = 1; i < a.Length; i++)
        {
            var item = a[i];
            var j = i - 1;
            while (j >= 0 && Less(item.Key, a[j].Key))
            {
                a[j + 1] = a[j];
                j--;
            }

            a[j + 1] = item;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void HeapSort(Span<KeyChange> a)
    {
        var n = a.Length;
        for (var i = (n >> 1) - 1; i >= 0; i--)
        {
            SiftDown(a, i, n);
        }

        for (var end = n - 1; end > 0; end--)
        {
            Swap(a, 0, end);
            SiftDown(a, 0, end);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SiftDown(Span<KeyChange> a, int root, int n)
    {
        var item = a[root];
        while (true)
        {
            var child = (2 * root) + 1;
            if (child >= n)
            {
                break;
            }

            if (child + 1 < n && Less(a[child].Key, a[child + 1].Key))
            {
                child++;
            }

            if (!Less(item.Key, a[child].Key))
            {
                break;
            }

            a[root] = a[child];
            root = child;
        }

        a[root] = item;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SwapIfGreater(Span<KeyChange> a, int i, int j)
    {
        if (Less(a[j].Key, a[i].Key))
        {
            Swap(a, i, j);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Swap(Span<KeyChange> a, int i, int j) => (a[i], a[j]) = (a[j], a[i]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Less(in Key4 x, in Key4 y) =>
        x.A != y.A ? x.A < y.A : x.B != y.B ? x.B < y.B : x.C != y.C ? x.C < y.C : x.D < y.D;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Same(in Key4 x, in Key4 y) => x.A == y.A && x.B == y.B && x.C == y.C && x.D == y.D;
}
