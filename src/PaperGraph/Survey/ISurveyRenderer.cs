namespace PaperGraph.Survey;

/// <summary>Writes a survey outline as text in one format; the outline is the only contract between outliner and renderers.</summary>
public interface ISurveyRenderer
{
    void Render(SurveyOutline outline, TextWriter writer);
}
