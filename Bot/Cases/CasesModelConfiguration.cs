using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightsBot.Cases;

/// <summary>Table mappings of the cases feature.</summary>
public sealed class CasesModelConfiguration :
    IEntityTypeConfiguration<CaseRecord>, IEntityTypeConfiguration<CaseStatusChange>, IEntityTypeConfiguration<CaseLink>,
    IEntityTypeConfiguration<CaseLookupAttempt>, IEntityTypeConfiguration<CaseCounter>
{
    public void Configure(EntityTypeBuilder<CaseRecord> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => c.SubmissionKey).IsUnique();
        builder.HasIndex(c => c.PhoneLookup);
        builder.HasIndex(c => c.EmployerKey);
        builder.HasIndex(c => c.ProjectKey);
        builder.HasIndex(c => c.ConversationKey);
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ReferredTo).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Number).HasMaxLength(20);
        builder.Property(c => c.SubmissionKey).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<CaseStatusChange> builder)
    {
        builder.ToTable("case_status_changes");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.CaseId);
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ReferredTo).HasConversion<string>().HasMaxLength(30);
    }

    public void Configure(EntityTypeBuilder<CaseLink> builder)
    {
        builder.ToTable("case_links");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.CaseId, c.OtherCaseId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<CaseLookupAttempt> builder)
    {
        builder.ToTable("case_lookup_attempts");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.ConversationKey);
        builder.HasIndex(c => c.Number);
    }

    public void Configure(EntityTypeBuilder<CaseCounter> builder)
    {
        builder.ToTable("case_counters");
        builder.HasKey(c => new { c.Prefix, c.Year });
    }
}
