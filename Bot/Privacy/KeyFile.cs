using System.Security.Cryptography;
using System.Text;
using RightsBot.Storage;

namespace RightsBot.Privacy;

/// <summary>A 256-bit secret kept in a file only the service account can read, created on first use.</summary>
public static class KeyFile
{
    public static byte[] LoadOrCreate(string path)
    {
        PrivateFiles.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path, Encoding.ASCII).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            using (var stream = PrivateFiles.Open(path, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key)));
            }

            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path, Encoding.ASCII).Trim());
        }
    }
}
