namespace PaperGraph.Extraction.Results;

/// <summary>
/// The roles a word can play in the result grammar; one word may have several. The words
/// themselves live in data/results/result-words.tsv, one class per line.
/// </summary>
[Flags]
internal enum WordClass
{
    None = 0,
    /// <summary>Things counted rather than measured: "30 tasks", "16 samples", "1.2 GPU days".</summary>
    CountNoun = 1 << 0,
    /// <summary>"7 billion", "1.5 M": a magnitude, so a size, not a score.</summary>
    Magnitude = 1 << 1,
    /// <summary>A word that makes the next number a label: "Section 3", "Table 2".</summary>
    Reference = 1 << 2,
    /// <summary>May stand between a metric and its number: "FID of 9.91", "accuracy reaches 90%".</summary>
    BinderBefore = 1 << 3,
    /// <summary>May stand between a number and its metric: "2% higher accuracy".</summary>
    FillerAfter = 1 << 4,
    Up = 1 << 5,
    Down = 1 << 6,
    /// <summary>Makes a number a change: "2% higher", "a 3-point gain".</summary>
    DeltaCue = 1 << 7,
    /// <summary>"reduces X by N", "X improves from A to B".</summary>
    ChangeVerb = 1 << 8,
    /// <summary>Before a method, marks it as a baseline or backbone rather than the subject.</summary>
    NonSubject = 1 << 9,
    /// <summary>"we", "our": the paper itself speaks, so the result is the proposed method's.</summary>
    Pronoun = 1 << 10,
    /// <summary>Nouns and adjectives that name a speed-up.</summary>
    Speed = 1 << 11,
    /// <summary>Verbs that make "by N" a speed-up: "accelerates training by 3x".</summary>
    SpeedVerb = 1 << 12,
    /// <summary>Heads of measured costs: "communication costs", "memory", "latency".</summary>
    CostHead = 1 << 13,
    /// <summary>"score" heads a metric only with a modifier: "weighted score".</summary>
    ScoreHead = 1 << 14,
    Accuracy = 1 << 15,
    Determiner = 1 << 16,
    /// <summary>Ends the look-ahead for a counted noun: "16 samples" vetoes, "16 on X" does not look further.</summary>
    WindowStop = 1 << 17,
    /// <summary>Hedges around a number: "up to", "about", "over".</summary>
    Approx = 1 << 18,
    /// <summary>Comparatives the counted-noun look-ahead passes over: "10 times more parameters".</summary>
    Comparative = 1 << 19,
    /// <summary>After a method, marks it as a component or comparison: "ViT-L backbone".</summary>
    NonSubjectAfter = 1 << 20,
    /// <summary>"dataset", "benchmark", "split": may follow a dataset name before its parenthesis.</summary>
    CollectionWord = 1 << 21,
    /// <summary>Introduces where a result was measured: "on", "in", "for", "across".</summary>
    TargetPreposition = 1 << 22,
    Be = 1 << 23,
    /// <summary>"X can be improved to": X is the starting point, not the method credited.</summary>
    PassiveGain = 1 << 24,
    /// <summary>"top-1" before "accuracy".</summary>
    TopK = 1 << 25,
    /// <summary>Up to three words before a method: it is what the result is compared with ("over vanilla LoRA").</summary>
    Baseline = 1 << 26,
}
