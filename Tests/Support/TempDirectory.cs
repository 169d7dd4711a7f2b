namespace RightsBot.Tests.Support;

/// <summary>A fresh folder, removed on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("rightsbot-test-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process may still hold a file; the OS cleans temp.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
