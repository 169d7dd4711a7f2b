using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightsBot.Handoff;

/// <summary>Table mapping for staff notes.</summary>
public sealed class HandoffNoteConfiguration : IEntityTypeConfiguration<HandoffNote>
{
    public void Configure(EntityTypeBuilder<HandoffNote> builder)
    {
        builder.ToTable("handoff_notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.AuthorId).HasMaxLength(100);
        builder.Property(n => n.AuthorName).HasMaxLength(100);
        builder.HasIndex(n => n.HandoffId);
    }
}
