using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightsBot.Answers;

/// <summary>Table mapping for <see cref="UnansweredQuestion"/>.</summary>
public sealed class UnansweredQuestionConfiguration : IEntityTypeConfiguration<UnansweredQuestion>
{
    public void Configure(EntityTypeBuilder<UnansweredQuestion> builder)
    {
        builder.ToTable("unanswered_questions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Key).HasMaxLength(400);
        builder.Property(q => q.Text).HasMaxLength(2000);
        builder.Property(q => q.Reason).HasMaxLength(40);
        builder.Property(q => q.ArticleId).HasMaxLength(20);
        builder.HasIndex(q => new { q.Key, q.Reason, q.ArticleId }).IsUnique();
    }
}
