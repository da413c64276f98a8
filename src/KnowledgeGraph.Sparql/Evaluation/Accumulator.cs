using System.Text;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// The running state of one aggregate over one group (section 18.5.1). Values are added one per row; a null
/// value is an evaluation error, which COUNT, MIN, MAX and SAMPLE skip and SUM, AVG and GROUP_CONCAT turn
/// into an error (an unbound result).
/// </summary>
public abstract class Accumulator
{
    public abstract void Add(Term? value);

    public abstract Term? Result();

    public static Accumulator Create(AggregateFunction function, bool distinct, string? separator)
    {
        Accumulator inner = function switch
        {
            AggregateFunction.Count => new CountAccumulator(),
            AggregateFunction.Sum => new SumAccumulator(average: false),
            AggregateFunction.Avg => new SumAccumulator(average: true),
            AggregateFunction.Min => new ExtremeAccumulator(max: false),
            AggregateFunction.Max => new ExtremeAccumulator(max: true),
            AggregateFunction.Sample => new SampleAccumulator(),
            _ => new GroupConcatAccumulator(separator ?? " "),
        };
        return distinct ? new DistinctAccumulator(inner) : inner;
    }

    private sealed class DistinctAccumulator(Accumulator inner) : Accumulator
    {
        private readonly HashSet<Term> _seen = [];
        private bool _sawError;

        public override void Add(Term? value)
        {
            if (value is null)
            {
                if (!_sawError)
                {
                    _sawError = true;
                    inner.Add(null);
                }
            }
            else if (_seen.Add(value))
            {
                inner.Add(value);
            }
        }

        public override Term? Result() => inner.Result();
    }

    private sealed class CountAccumulator : Accumulator
    {
        private long _count;

        public override void Add(Term? value)
        {
            if (value is not null)
            {
                _count++;
            }
        }

        public override Term? Result() => Literals.Integer(_count);
    }

    private sealed class SumAccumulator(bool average) : Accumulator
    {
        private Term? _sum = Literals.Integer(0);
        private long _count;

        public override void Add(Term? value)
        {
            _count++;
            _sum = value is null || _sum is null ? null : Numeric.Add(_sum, value);
        }

        public override Term? Result()
        {
            if (!average || _sum is null)
            {
                return _sum;
            }

            return _count == 0 ? Literals.Integer(0) : Numeric.Divide(_sum, Literals.Integer(_count));
        }
    }

    private sealed class ExtremeAccumulator(bool max) : Accumulator
    {
        private Term? _best;

        public override void Add(Term? value)
        {
            if (value is null)
            {
                return;
            }

            if (_best is null)
            {
                _best = value;
                return;
            }

            var c = OrderComparer.Instance.Compare(value, _best);
            if (max ? c > 0 : c < 0)
            {
                _best = value;
            }
        }

        public override Term? Result() => _best;
    }

    private sealed class SampleAccumulator : Accumulator
    {
        private Term? _value;

        public override void Add(Term? value) => _value ??= value;

        public override Term? Result() => _value;
    }

    private sealed class GroupConcatAccumulator(string separator) : Accumulator
    {
        private readonly StringBuilder _text = new();
        private bool _first = true;
        private bool _error;

        public override void Add(Term? value)
        {
            if (_error)
            {
                return;
            }

            if (value is not Literal)
            {
                _error = true;
                return;
            }

            var literal = (Literal)value!;
            if (!_first)
            {
                _text.Append(separator);
            }

            _first = false;
            _text.Append(literal.LexicalForm);
        }

        public override Term? Result()
        {
            if (_error)
            {
                return null;
            }

            // The result is a simple literal even when every value has the same language tag (agg-groupconcat-04/06).
            return Literals.String(_text.ToString());
        }
    }
}
