namespace RightsBot.Knowledge.SmallTalk;

/// <summary>Messages that are conversation rather than a question: they get a short kind reply and the menu.</summary>
public enum SmallTalkKind
{
    /// <summary>你好, 在吗, 有人吗, 请问 (with nothing after it).</summary>
    Greeting,

    /// <summary>谢谢, 辛苦了, 唔该.</summary>
    Thanks,

    /// <summary>再见, 拜拜, 没事了.</summary>
    Goodbye,

    /// <summary>你是谁, 是机器人吗, 是真人吗, 你是政府的吗.</summary>
    Identity,

    /// <summary>听不懂, 啥意思, 说人话, 字太多.</summary>
    Confusion,

    /// <summary>嗯, 好的, 知道了, 哈哈, an emoji.</summary>
    Acknowledgement,

    /// <summary>打工太难了, 这世道没天理: feelings without a question.</summary>
    Venting,

    /// <summary>Anger at the bot: 破机器人, 没用的东西, 骗子.</summary>
    Insult,
}
