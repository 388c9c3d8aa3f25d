namespace PaperGraph.Extraction;

/// <summary>An acronym definition in a paper: the long form's and the short form's surface texts name one entity.</summary>
internal readonly record struct AcronymLink(string LongForm, string ShortForm);
