namespace ClubBot.Hosting;

/// <summary>
/// Finds config/appsettings.json: in CLUBBOT_CONFIG_DIR if set, else in the working folder or one above it
/// (so `dotnet run --project Bot` from the repository root and /app in the image both work), else beside the binary.
/// </summary>
public static class ConfigFiles
{
    public const string FileName = "appsettings.json";

    public static string FindFolder()
    {
        var explicitDir = Environment.GetEnvironmentVariable("CLUBBOT_CONFIG_DIR");
        if (!string.IsNullOrEmpty(explicitDir))
            return File.Exists(Path.Combine(explicitDir, FileName))
                ? Path.GetFullPath(explicitDir)
                : throw new FileNotFoundException($"CLUBBOT_CONFIG_DIR is '{explicitDir}', but it has no {FileName}.");

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "config");
                if (File.Exists(Path.Combine(candidate, FileName)))
                    return candidate;
            }
        }

        throw new FileNotFoundException($"config/{FileName} was not found above '{Directory.GetCurrentDirectory()}'; set CLUBBOT_CONFIG_DIR.");
    }
}
