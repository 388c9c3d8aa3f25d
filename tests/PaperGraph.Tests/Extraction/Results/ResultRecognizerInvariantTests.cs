using System.Text;
using PaperGraph.Extraction.Results;

namespace PaperGraph.Tests.Extraction.Results;

/// <summary>Random and hostile sentences: the recogniser never throws and every result points at its own text.</summary>
public class ResultRecognizerInvariantTests
{
    private static readonly string[] Pieces =
    [
        "8.81", "pm", "0.10", "±", "+/-", "%", "\\%", "x", "×", "times", "-fold", "pp", "points", "from", "to", "→", "->",
        "by", "up", "of", "on", "in", "over", "than", "=", ":", "(", ")", ",", ".", ";", "-", "−", "+", "@", "/",
        "accuracy", "speed-up", "faster", "costs", "score", "reduces", "improves", "we", "our", "CIFAR-10", "Llama-3-8B",
        "1,000", "2021", "3D", "7B", "12", "3.5.1", "0", "9", " ", " ", " ", "\t", "\n", "\u00A0", "é", "日本", "\uD83D\uDE00",
    ];

    private static readonly EntityType[] Types = EntityTypes.All.ToArray();

    [Fact]
    public void Recognize_RandomSentences_EvidenceLiesInsideSentenceAndMatchesText()
    {
        var random = new Random(20240611);
        var checkedResults = 0;
        for (var iteration = 0; iteration < 20_000; iteration++)
        {
            var text = RandomText(random);
            var sentence = RandomSentence(random, text.Length);
            var context = new SentenceContext(text, sentence, RandomMentions(random, text, sentence), random.Next(3) == 0 ? null : "Ours");

            var results = ResultRecognizer.Default.Recognize(context);

            foreach (var recognized in results)
            {
                var result = recognized.Result;
                Assert.Equal(sentence.Field, result.Evidence.Field);
                Assert.True(result.Evidence.Start >= Math.Max(0, sentence.Start) && result.Evidence.End <= Math.Min(text.Length, sentence.End)
                    && result.Evidence.Start < result.Evidence.End, $"evidence {result.Evidence} outside {sentence} in '{text}'");
                Assert.Equal(text[result.Evidence.Start..result.Evidence.End], result.Text);
                Assert.Contains(result.Value.Text, result.Text, StringComparison.Ordinal);
                Assert.Equal(recognized.Metric.Name, result.Metric);
                Assert.Equal(EntityType.Metric, recognized.Metric.Type);
                Assert.False(double.IsNaN(result.Value.Value) || double.IsInfinity(result.Value.Value));
                checkedResults++;
            }
        }
        Assert.True(checkedResults > 100, $"the generator should produce results to check, got {checkedResults}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("%")]
    [InlineData("from to → 5")]
    [InlineData("99999999999999999999999999.5%")]
    [InlineData("1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2")]
    [InlineData("by by by by 3x 3x 3x")]
    [InlineData("\uD83D5%")]
    public void Recognize_HostileText_DoesNotThrow(string text)
    {
        var mentions = new List<NamedSpan> { new(EntityType.Metric, "accuracy", new TextSpan(TextField.Abstract, 0, Math.Min(1, text.Length))) };
        var context = new SentenceContext(text, new TextSpan(TextField.Abstract, 0, text.Length), mentions, null);

        var results = ResultRecognizer.Default.Recognize(context);

        Assert.All(results, r => Assert.Equal(text[r.Result.Evidence.Start..r.Result.Evidence.End], r.Result.Text));
    }

    [Fact]
    public void Recognize_SpanBeyondText_IsClampedNotThrown()
    {
        const string text = "accuracy of 92.3%";
        var context = new SentenceContext(text, new TextSpan(TextField.Abstract, -5, 500), [], null);

        var results = ResultRecognizer.Default.Recognize(context);

        Assert.Equal("92.3%", Assert.Single(results).Result.Value.Text);
    }

    [Fact]
    public void Recognize_MentionsOutsideSentenceOrOtherField_AreIgnored()
    {
        const string text = "Intro. It reaches 92.3% accuracy.";
        var sentence = new TextSpan(TextField.Abstract, 7, text.Length);
        NamedSpan[] mentions =
        [
            new(EntityType.Metric, "BLEU", new TextSpan(TextField.Abstract, 0, 5)),
            new(EntityType.Metric, "F1", new TextSpan(TextField.Title, 24, 32)),
        ];

        var result = Assert.Single(ResultRecognizer.Default.Recognize(new SentenceContext(text, sentence, mentions, null))).Result;

        Assert.Equal("accuracy", result.Metric);
    }

    [Fact]
    public void Recognize_ConcurrentCalls_GiveTheSameAnswers()
    {
        var spec = ResultSpec.All.First(s => s.Expected.Count >= 2);
        var context = spec.ToContext();
        var expected = ResultRecognizer.Default.Recognize(context);

        var answers = new IReadOnlyList<RecognizedResult>[64];
        Parallel.For(0, answers.Length, i => answers[i] = ResultRecognizer.Default.Recognize(context));

        Assert.All(answers, a => Assert.Equal(expected, a));
    }

    private static string RandomText(Random random)
    {
        var sb = new StringBuilder();
        var pieces = random.Next(1, 30);
        for (var i = 0; i < pieces; i++)
        {
            sb.Append(random.Next(4) == 0 ? random.Next(0, 1000).ToString() + (random.Next(2) == 0 ? "." + random.Next(100) : "") : Pieces[random.Next(Pieces.Length)]);
            if (random.Next(3) > 0) sb.Append(' ');
        }
        return sb.ToString();
    }

    private static TextSpan RandomSentence(Random random, int length)
    {
        if (random.Next(10) == 0) return new TextSpan(TextField.Abstract, random.Next(-3, length + 3), random.Next(-3, length + 6));
        var start = random.Next(0, Math.Max(1, length / 3));
        return new TextSpan(TextField.Abstract, start, random.Next(start, length + 1));
    }

    private static List<NamedSpan> RandomMentions(Random random, string text, TextSpan sentence)
    {
        var mentions = new List<NamedSpan>();
        var count = random.Next(0, 6);
        for (var i = 0; i < count && text.Length > 0; i++)
        {
            var start = random.Next(0, text.Length);
            var end = random.Next(0, 4) == 0 ? random.Next(-2, text.Length + 2) : Math.Min(text.Length, start + random.Next(1, 12));
            mentions.Add(new NamedSpan(Types[random.Next(Types.Length)], "m" + i, new TextSpan(sentence.Field, start, end)));
        }
        return mentions;
    }
}
