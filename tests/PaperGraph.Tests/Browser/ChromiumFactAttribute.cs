namespace PaperGraph.Tests.Browser;

/// <summary>
/// A fact that drives headless Chromium. It is skipped only on a developer machine without
/// /usr/bin/chromium; in CI (CI=true) a missing browser is a failure, not a skip.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!HeadlessChromium.Installed && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"{HeadlessChromium.ExecutablePath} is not installed (apt-get install chromium); in CI this fails instead";
        }
    }
}
