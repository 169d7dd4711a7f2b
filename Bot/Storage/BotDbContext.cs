using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RightsBot.Staff.Accounts;

namespace RightsBot.Storage;

/// <summary>The bot's database: conversations, transcripts and attachments, staff accounts (Identity), and each feature's tables.</summary>
public sealed class BotDbContext(DbContextOptions<BotDbContext> options) : IdentityDbContext<StaffUser>(options)
{
    public DbSet<ConversationRecord> Conversations => Set<ConversationRecord>();
    public DbSet<TranscriptEntry> Transcript => Set<TranscriptEntry>();
    public DbSet<StoredAttachment> Attachments => Set<StoredAttachment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<StaffUser>().Property(u => u.DisplayName).HasMaxLength(100);
        // Feature folders own their tables through IEntityTypeConfiguration classes.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly);
        modelBuilder.Entity<ConversationRecord>(e =>
        {
            e.ToTable("conversations");
            e.HasKey(c => c.Key);
            e.Property(c => c.Key).HasMaxLength(300);
            e.Property(c => c.ChannelId).HasMaxLength(40);
            e.Property(c => c.ConversationId).HasMaxLength(200);
            e.Property(c => c.UserId).HasMaxLength(200);
            e.Property(c => c.StateVersion).IsConcurrencyToken();
        });
        modelBuilder.Entity<TranscriptEntry>(e =>
        {
            e.ToTable("transcript");
            e.HasKey(t => t.Id);
            e.Property(t => t.ConversationKey).HasMaxLength(300);
            e.Property(t => t.ActivityId).HasMaxLength(300);
            e.Property(t => t.Type).HasMaxLength(40);
            e.Property(t => t.ChannelMessageId).HasMaxLength(200);
            e.HasIndex(t => new { t.ConversationKey, t.Seq }).IsUnique();
            e.HasIndex(t => new { t.ConversationKey, t.ChannelMessageId }).IsUnique().HasFilter("\"ChannelMessageId\" IS NOT NULL");
            e.HasIndex(t => t.Pending).HasFilter("\"Pending\" = 1");
        });
        modelBuilder.Entity<StoredAttachment>(e =>
        {
            e.ToTable("attachments");
            e.HasKey(a => a.Id);
            e.Property(a => a.Id).HasMaxLength(64);
            e.Property(a => a.ConversationKey).HasMaxLength(300);
            e.HasIndex(a => a.ConversationKey);
        });
    }
}
