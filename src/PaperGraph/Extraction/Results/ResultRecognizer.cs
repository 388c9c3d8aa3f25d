using System.Buffers;

namespace PaperGraph.Extraction.Results;

/// <summary>
/// Recognises the results a sentence reports: metric, value, dataset or benchmark, method.
/// Stateless and thread-safe; a sentence without a digit costs one vectorised scan, and
/// working memory comes from the stack and shared pools. See docs/results.md.
/// </summary>
internal sealed class ResultRecognizer
{
    public static ResultRecognizer Default { get; } = new();

    public IReadOnlyList<RecognizedResult> Recognize(SentenceContext sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.FieldText ?? "";
        var start = Math.Clamp(sentence.Sentence.Start, 0, text.Length);
        var end = Math.Clamp(sentence.Sentence.End, start, text.Length);
        if (text.AsSpan(start, end - start).IndexOfAnyInRange('0', '9') < 0) return [];

        Span<QuantityMatch> quantities = stackalloc QuantityMatch[QuantityGrammar.MaxMatches];
        var quantityCount = QuantityGrammar.Scan(text, start, end, quantities);
        if (quantityCount == 0) return [];

        var mentionCount = sentence.Mentions?.Count ?? 0;
        var mentions = ArrayPool<NamedSpan>.Shared.Rent(Math.Max(1, mentionCount));
        var tokens = ArrayPool<SentenceToken>.Shared.Rent(end - start + 1);
        try
        {
            mentionCount = CollectMentions(sentence, start, end, mentions);
            quantityCount = DropInsideMentions(quantities[..quantityCount], mentions.AsSpan(0, mentionCount));
            if (quantityCount == 0) return [];
            var tokenCount = SentenceTokenizer.Tokenize(text, start, end, mentions.AsSpan(0, mentionCount),
                quantities[..quantityCount], tokens);
            var s = new ResultSentence(text, sentence.Sentence.Field, tokens.AsSpan(0, tokenCount),
                mentions.AsSpan(0, mentionCount), quantities[..quantityCount]);
            var pending = Read(s, sentence.ProposedMethod);
            return pending is null ? [] : Build(s, pending);
        }
        finally
        {
            Array.Clear(mentions, 0, Math.Max(1, sentence.Mentions?.Count ?? 0));
            ArrayPool<NamedSpan>.Shared.Return(mentions);
            ArrayPool<SentenceToken>.Shared.Return(tokens);
        }
    }

    private static List<PendingResult>? Read(in ResultSentence s, string? proposed)
    {
        List<PendingResult>? pending = null;
        for (var q = 0; q < s.Count; q++)
        {
            if (s.Tokens[q].Kind != TokenKind.Quantity) continue;
            var binding = MetricBinder.Bind(s, q);
            var listed = false;
            if (!binding.Found)
            {
                binding = ResultLists.Forward(s, q);
                listed = binding.Found;
            }
            var inherited = false;
            if (!binding.Found && pending is { Count: > 0 })
            {
                binding = ResultLists.Inherit(s, pending[^1], q);
                inherited = binding.Found;
            }
            if (!binding.Found) continue;
            var (isDelta, direction) = DeltaReader.Read(s, q, binding);
            var previousQuantity = inherited ? s.QuantityAt(pending![^1].QuantityToken) : default;
            if (inherited && !isDelta && pending![^1].IsDelta && !previousQuantity.Signed && s.QuantityAt(q).Unit != QuantityUnit.Times)
            {
                (isDelta, direction) = (true, pending[^1].Direction);
            }
            var extends = false;
            var target = listed ? -1 : TargetBinder.Find(s, binding, out extends);
            var method = inherited ? pending![^1].Method : MethodBinder.Find(s, binding.FirstToken, q, proposed);
            (pending ??= []).Add(new PendingResult(q, binding, target, target >= 0 && extends, isDelta, direction, method));
        }
        if (pending is not null) ResultLists.CompleteLists(s, pending);
        return pending;
    }

    private static RecognizedResult[] Build(in ResultSentence s, List<PendingResult> pending)
    {
        var results = new RecognizedResult[pending.Count];
        for (var i = 0; i < pending.Count; i++)
        {
            var p = pending[i];
            var first = p.Binding.FirstToken;
            var last = p.TargetExtendsEvidence && p.TargetToken > p.Binding.LastToken ? p.TargetToken : p.Binding.LastToken;
            last = CloseParenthesis(s, first, last);
            var start = s.Tokens[first].Start;
            var end = s.Tokens[last].End;
            var quantity = s.QuantityAt(p.QuantityToken).ToQuantity(s.Text, p.IsDelta, negate: p.IsDelta && p.Direction < 0);
            var dataset = p.TargetToken >= 0 ? s.MentionAt(p.TargetToken).Name : null;
            var result = new Result(p.Binding.Metric.Name, quantity, dataset, p.Method, new TextSpan(s.Field, start, end),
                s.Text[start..end]);
            results[i] = new RecognizedResult(result, p.Binding.Metric);
        }
        return results;
    }

    // Keeps "accuracy (92.3%)" balanced when the raw text opens a parenthesis it does not close.
    private static int CloseParenthesis(in ResultSentence s, int first, int last)
    {
        var depth = 0;
        for (var t = first; t <= last; t++)
        {
            if (s.IsPunct(t, '(')) depth++;
            else if (s.IsPunct(t, ')') && depth > 0) depth--;
        }
        return depth > 0 && s.IsPunct(last + 1, ')') ? last + 1 : last;
    }

    private static int CollectMentions(SentenceContext sentence, int start, int end, NamedSpan[] into)
    {
        var count = 0;
        if (sentence.Mentions is null) return 0;
        foreach (var mention in sentence.Mentions)
        {
            var span = mention.Span;
            if (span.Field != sentence.Sentence.Field || span.Start < start || span.End > end || span.Start >= span.End
                || string.IsNullOrEmpty(mention.Name)) continue;
            var k = count++;
            while (k > 0 && into[k - 1].Span.Start > span.Start)
            {
                into[k] = into[k - 1];
                k--;
            }
            into[k] = mention;
        }
        return count;
    }

    private static int DropInsideMentions(Span<QuantityMatch> quantities, ReadOnlySpan<NamedSpan> mentions)
    {
        var kept = 0;
        foreach (var quantity in quantities)
        {
            var overlaps = false;
            foreach (var mention in mentions)
            {
                if (mention.Span.Start < quantity.End && quantity.Start < mention.Span.End) { overlaps = true; break; }
            }
            if (!overlaps) quantities[kept++] = quantity;
        }
        return kept;
    }
}
