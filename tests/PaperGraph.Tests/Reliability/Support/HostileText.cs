using System.Text;

namespace PaperGraph.Tests.Reliability.Support;

/// <summary>
/// Seeded random text in the style of an abstract, salted with what breaks text pipelines: names the
/// lexicon knows, the cue words the patterns look for, numbers in every notation, LaTeX, markup and
/// injection strings, emoji sequences, right-to-left and combining text, control characters, invisible
/// characters, lone surrogates and very long tokens.
/// </summary>
internal sealed class HostileText(Random random)
{
    private static readonly string[] Names =
    [
        "LoRA", "BERT", "GPT-4", "ViT-B/16", "ResNet-50", "ImageNet", "CIFAR-10", "COCO", "COCO val", "GLUE", "SQuAD", "MMLU",
        "FID", "BLEU", "accuracy", "F1", "Inception Score (IS)", "Fréchet Inception Distance (FID)", "object detection",
        "image classification", "Transformer", "DDPM", "Mixture of Experts (MoE)", "X-Net", "ZetaNet", "Llama 2", "Stable Diffusion",
    ];

    private static readonly string[] Words =
    [
        "We", "propose", "introduce", "present", "namely", "called", "dubbed", "our", "method", "model", "on", "the", "dataset",
        "benchmark", "achieves", "outperforms", "state-of-the-art", "e.g.", "i.e.", "et al.", "vs.", "Fig. 3", "and", "with",
        "for", "task", "tasks", "of", "in", "a", "an", "improves", "by", "from", "to", "than", "baseline", "results", "score",
    ];

    private static readonly string[] Numbers =
    [
        "84.2%", "+1.3", "-0.5%", "8.81pm0.10", "3x", "2.5×", "from 58.5% to 59.5%", "1e-4", "-0.0", "∞", "NaN", "99.999999999999999999%",
        "1,000,000", "１２３", "٣٫١٤", "0", "100%", "12.", ".5", "1.2.3", "±0.2", "10^9", "2^{31}",
    ];

    private static readonly string[] Oddities =
    [
        "$\\mathcal{O}(n \\log n)$", "\\cite{vaswani2017}", "\\textbf{", "}", "$$", "\\\\", "\\begin{table}", "\\'e", "{", "(", ")", "[", "]",
        "'); MATCH (n) DETACH DELETE n //", "<script>alert(1)</script>", "</script>", "`", "\"", "'", "${x}", "&amp;", "<![CDATA[", "]]>",
        "👨‍👩‍👧‍👦", "🇫🇷", "👍🏽", "🚀", "☃︎", "𝔽𝕀𝔻", "e\u0301", "\u202eRTL\u202c", "\u2067iso\u2069", "مرحبا", "עברית", "中文", "हिन्दी", "ภาษาไทย",
        "\u200b", "\u200d", "\u00ad", "\u00a0", "\ufeff", "\ufffd", "\ufffe", "\uffff", "\ue000", "\u0000", "\u0007", "\u001b[2J", "\u007f",
        "\u0085", "\u2028", "\u2029", "\t", "\r\n", "\n", "\n\n", "   ", "\ud800", "\udfff", "\udbff\udfff", "...", "--", "—", "–", "•", "·",
    ];

    /// <summary>A title: a short run of tokens, sometimes empty or odd.</summary>
    public string Title() => Tokens(random.Next(0, 14));

    /// <summary>An abstract: up to a few hundred tokens, sentence-like.</summary>
    public string Abstract() => Tokens(random.Next(0, 300));

    /// <summary>The same, as valid Unicode: lone surrogates become spaces (JSON readers refuse their escapes).</summary>
    public static string WellFormed(string text) => Replace(text, c => char.IsSurrogate(c));

    /// <summary>The same, as text any format can carry: no lone surrogates, line breaks, control or non-XML characters.</summary>
    public static string Clean(string text) => Replace(text, c => char.IsSurrogate(c) || char.IsControl(c) || c is '\u2028' or '\u2029' or '\ufffe' or '\uffff');

    private static string Replace(string text, Func<char, bool> unwanted)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); continue; }
            sb.Append(unwanted(c) ? ' ' : c);
        }
        return sb.ToString();
    }

    private string Tokens(int count)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && random.Next(5) != 0) sb.Append(' ');
            sb.Append(random.Next(20) switch
            {
                < 5 => Names[random.Next(Names.Length)],
                < 12 => Words[random.Next(Words.Length)],
                < 14 => Numbers[random.Next(Numbers.Length)],
                < 18 => Oddities[random.Next(Oddities.Length)],
                18 => random.Next(3) == 0 ? ". " : ", ",
                _ => LongToken(),
            });
        }
        return sb.ToString();
    }

    private string LongToken() => random.Next(3) switch
    {
        0 => new string((char)('a' + random.Next(26)), random.Next(50, 3_000)),
        1 => string.Concat(Enumerable.Repeat(Names[random.Next(Names.Length)] + "-", random.Next(5, 200))),
        _ => string.Concat(Enumerable.Range(0, random.Next(20, 400)).Select(_ => (char)random.Next(0x20, 0x3000))),
    };
}
