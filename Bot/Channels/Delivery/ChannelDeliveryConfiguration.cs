using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightsBot.Channels.Delivery;

/// <summary>The <c>channel_deliveries</c> table: one delivery cursor per Telegram or WeChat conversation.</summary>
internal sealed class ChannelDeliveryConfiguration : IEntityTypeConfiguration<ChannelDelivery>
{
    public void Configure(EntityTypeBuilder<ChannelDelivery> builder)
    {
        builder.ToTable("channel_deliveries");
        builder.HasKey(d => d.ConversationKey);
        builder.Property(d => d.ConversationKey).HasMaxLength(300);
        builder.Property(d => d.ChannelId).HasMaxLength(40);
    }
}
