using Microsoft.AspNetCore.DataProtection;
using RightsBot.Storage;

namespace RightsBot.Privacy;

/// <summary>Data Protection keys in the data directory, and the personal-data protector.</summary>
public static class PrivacyRegistration
{
    public static IHostApplicationBuilder AddPrivacy(this IHostApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var keyRing = Path.Combine(storage.ResolveDataDirectory(), "keys", "dataprotection");
        PrivateFiles.CreateDirectory(Path.GetDirectoryName(keyRing)!);
        PrivateFiles.CreateDirectory(keyRing);
        builder.Services.AddDataProtection()
            .SetApplicationName("RightsBot")
            .PersistKeysToFileSystem(new DirectoryInfo(keyRing));
        builder.Services.AddSingleton<PersonalDataProtector>();
        builder.Services.AddSingleton<IInboundProtection, InboundProtection>();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RetentionService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        return builder;
    }
}
