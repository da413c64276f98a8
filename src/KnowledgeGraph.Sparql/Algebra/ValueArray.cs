using System.Collections;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// An immutable array with structural equality, so that algebra records holding lists compare and hash
/// by content (an optimizer can memoize on sub-plans). The default value is the empty array.
/// </summary>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly T[]? _items;

    public ValueArray(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = items.ToArray();
    }

    internal ValueArray(T[] items, bool owned)
    {
        _ = owned;
        _items = items;
    }

    public static ValueArray<T> Empty => default;

    public int Count => _items?.Length ?? 0;

    public bool IsEmpty => Count == 0;

    public T this[int index] => (_items ?? [])[index];

    public ReadOnlySpan<T> AsSpan() => _items;

    public ValueArray<T> Add(T item)
    {
        var n = new T[Count + 1];
        AsSpan().CopyTo(n);
        n[^1] = item;
        return new ValueArray<T>(n, true);
    }

    public ValueArray<T> AddRange(IEnumerable<T> items) => new(this.Concat(items));

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(ValueArray<T> other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Count; i++)
        {
            if (!comparer.Equals(_items![i], other._items![i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", this) + "]";

    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);
}

/// <summary>Builders for <see cref="ValueArray{T}"/> (collection expressions use <see cref="Create{T}"/>).</summary>
public static class ValueArray
{
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray(), true);

    public static ValueArray<T> ToValueArray<T>(this IEnumerable<T> items) => new(items);
}
