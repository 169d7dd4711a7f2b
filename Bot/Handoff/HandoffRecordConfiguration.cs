using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightsBot.Handoff;

/// <summary>Table mapping for handoffs.</summary>
public sealed class HandoffRecordConfiguration : IEntityTypeConfiguration<HandoffRecord>
{
    public void Configure(EntityTypeBuilder<HandoffRecord> builder)
    {
        builder.ToTable("handoffs");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Ticket).HasMaxLength(40);
        builder.HasIndex(h => h.Ticket).IsUnique();
        builder.Property(h => h.ConversationKey).HasMaxLength(300);
        builder.Property(h => h.ChannelId).HasMaxLength(40);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Reasons).HasMaxLength(300);
        builder.Property(h => h.AssignedToId).HasMaxLength(100);
        builder.Property(h => h.AssignedToName).HasMaxLength(100);
        builder.Property(h => h.ClosedBy).HasMaxLength(100);
        builder.Property(h => h.CallbackPhoneMasked).HasMaxLength(20);
        builder.HasIndex(h => new { h.ConversationKey, h.Status });
        builder.HasIndex(h => h.Status);
        builder.HasIndex(h => h.CreatedAt);
    }
}
