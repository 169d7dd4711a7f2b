using System.ComponentModel.DataAnnotations;

namespace RightsBot.Storage;

/// <summary>Where and how RightsBot keeps its data. Embedded SQLite under <see cref="DataDirectory"/> by default.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Folder for the database file, keys and uploaded files; relative paths are taken from the working directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary><c>Sqlite</c> (default). PostgreSQL follows with the multi-instance work.</summary>
    [Required, RegularExpression("^(Sqlite)$", ErrorMessage = "Storage:Provider must be Sqlite.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The data directory as an absolute path.</summary>
    public string ResolveDataDirectory() => Path.GetFullPath(DataDirectory, Environment.CurrentDirectory);
}
