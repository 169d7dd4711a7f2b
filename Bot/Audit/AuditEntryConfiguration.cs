using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightsBot.Audit;

/// <summary>Table mapping for the audit log.</summary>
public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_log");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Actor).HasMaxLength(100);
        builder.Property(a => a.Action).HasMaxLength(100);
        builder.Property(a => a.Target).HasMaxLength(300);
        builder.Property(a => a.Reason).HasMaxLength(1000);
        builder.Property(a => a.Origin).HasMaxLength(100);
    }
}
