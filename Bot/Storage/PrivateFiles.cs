namespace RightsBot.Storage;

/// <summary>
/// Files and folders only the service account can read (0600 and 0700 on Unix): everything under the data directory
/// (database, its -wal and -shm, attachments, keys, temporary exports) and the exports written on request. Created with
/// that mode from the start, so no moment exists in which another account could open them. Windows keeps its ACLs.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates the folder (and any missing parents) as 0700, or tightens it to 0700 when it exists.</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, FolderMode);
        if (File.GetUnixFileMode(path) != FolderMode)
        {
            File.SetUnixFileMode(path, FolderMode);
        }
    }

    /// <summary>Opens a file; one it creates is 0600 from the start, and one that existed is tightened to 0600.</summary>
    public static FileStream Open(
        string path, System.IO.FileMode mode, FileAccess access, FileShare share = FileShare.None, int bufferSize = 4096, FileOptions options = FileOptions.None)
    {
        var settings = new FileStreamOptions { Mode = mode, Access = access, Share = share, BufferSize = bufferSize, Options = options };
        if (OperatingSystem.IsWindows() || mode is System.IO.FileMode.Open or System.IO.FileMode.Truncate)
        {
            return new FileStream(path, settings);
        }

        settings.UnixCreateMode = FileMode;
        var stream = new FileStream(path, settings);
        if (File.GetUnixFileMode(stream.SafeFileHandle) != FileMode)
        {
            File.SetUnixFileMode(stream.SafeFileHandle, FileMode);
        }

        return stream;
    }

    /// <summary>Tightens an existing file to 0600 (a no-op when it does not exist).</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path) && File.GetUnixFileMode(path) != FileMode)
        {
            File.SetUnixFileMode(path, FileMode);
        }
    }

    /// <summary>
    /// Makes the data directory 0700 and the database file 0600 before SQLite opens it: SQLite gives the -wal and -shm it
    /// creates the database file's mode. Files an older version left readable are tightened.
    /// </summary>
    public static void PrepareDataDirectory(string dataDirectory, string databaseFile)
    {
        CreateDirectory(dataDirectory);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using (Open(databaseFile, System.IO.FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete))
        {
        }

        Restrict(databaseFile + "-wal");
        Restrict(databaseFile + "-shm");
        Restrict(databaseFile + "-journal");
    }
}
