namespace RightsBot.Localization;

/// <summary>
/// Everything the bot says, in one place (Simplified Chinese). Short sentences and everyday words: many readers
/// left school early and read on a small phone.
/// </summary>
public static class BotText
{
    // Menu
    public const string MenuAsk = "咨询法律问题";
    public const string MenuReport = "反映欠薪";
    public const string MenuStatus = "查询案件进度";
    public const string MenuPerson = "找工会工作人员";
    public const string MenuPrivacy = "隐私说明";

    public static readonly IReadOnlyList<string> MenuOptions = [MenuAsk, MenuReport, MenuStatus, MenuPerson, MenuPrivacy];

    public const string Greeting =
        "您好，我是工会维权小助手，能解答工资和劳动权益问题，帮您反映欠薪、联系工会工作人员。" +
        "我不是律师，也不是政府部门，回答仅供参考。";

    public const string MenuPrompt = "请点下面的按钮，或者直接打字说您的问题。";
    public const string AnythingElse = "还有别的需要帮忙吗？可以点按钮，也可以直接打字问。";

    // Interruptions
    public const string Help =
        "您可以：\n1. 直接打字问工资、合同、工伤等问题；\n2. 点“反映欠薪”登记被欠的工资；\n3. 点“查询案件进度”看办理情况；\n" +
        "4. 随时说“取消”退出当前步骤，说“重新开始”从头来，说“人工”找工作人员。";

    public const string HelpInDialog = "正在问您一个问题。回答它就能继续；说“取消”可以退出，说“人工”可以找工作人员。";
    public const string Cancelled = "好的，已经退出。您之前没提交的内容不会被使用。";
    public const string Restarted = "好的，我们从头开始。";

    public const string PersonHotline =
        "现在在线转人工还没有开通。您可以直接打全国总工会职工维权服务热线 12351（手机拨打可能要加区号，" +
        "例如拨“省会区号-12351”接省总工会）。也可以打 12348 公共法律服务热线问法律问题。";

    public const string PersonAfterGaveUp = "不好意思，我好像没弄明白您的意思。";

    // Conversation problems
    public const string DialogChanged = "我们的服务刚刚更新过，刚才的步骤需要重新开始，给您添麻烦了。";

    public const string TurnFailed =
        "抱歉，系统出了点问题，刚才这句没处理好。您的消息已经保存，请稍后再发一次。急事请拨打 12351 职工维权热线。";

    public const string NonText = "我现在只看得懂文字。请打字告诉我，或者点下面的按钮。";

    // Prompts
    public const string RetryGeneric = "没看明白，麻烦再说一次。";
    public const string RetryText = "请用文字回答，不要太长。";
    public const string RetryChoice = "请点下面的一个按钮，或者打按钮前面的数字。";
    public const string RetryConfirm = "请回答“是”或者“否”，也可以直接点按钮。";
    public const string RetryNumber = "请写一个数字，比如“3500”或者“三千五”。";
    public const string RetryDate = "请写一个日期，比如“2025年3月”、“去年十月”或者“上个月”。";
    public const string Yes = "是";
    public const string No = "否";

    // Case status
    public const string StatusAskNumber = "请输入案件编号（在登记成功时告诉您的，比如 QX-2026-000123）。";
    public const string StatusAskPhone = "请输入登记时留的手机号码；匿名登记的，请输入查询码。";
    public const string StatusRetryNumber = "案件编号的样子是“QX-2026-000123”，请再看一下登记成功时的消息。";
    public const string StatusNotFound =
        "没有查到这个编号和号码对应的案件。请核对后再试，或者拨打 12351 请工作人员帮您查。";

    public const string StatusTooManyTries = "查询次数太多了，请过一会儿再试，或者拨打 12351 请工作人员帮您查。";

    // Wage report (until online intake is available)
    public const string ReportHowTo =
        "反映欠薪可以走这几条路：\n1. 到干活所在地的人社局（劳动保障监察）投诉；\n2. 打 12351 找工会帮忙；\n" +
        "3. 通过国务院客户端小程序“全国根治欠薪线索反映平台”反映。\n先把合同、考勤、工资条、聊天和转账记录保存好。";

    // Questions
    public const string AskQuestion = "请直接打字说您遇到的问题，说得越具体越好，比如“包工头欠了我三个月工钱，人找不到了怎么办”。";

    public const string CannotAnswer =
        "这个问题我现在答不好，不想乱说误导您。您可以打 12351 职工维权服务热线问工会，" +
        "或者打 12348 公共法律服务热线问法律问题。";

    // Privacy
    public const string Privacy =
        "隐私说明：您在这里说的话由工会法律援助服务保存，只用来解答问题和办理您反映的事情。" +
        "登记个人信息前我们会先问您同意；身份证号、银行卡号、伤情这些敏感信息要您单独同意才会收集，并且加密保存。" +
        "不给个人信息，也一样可以咨询问题。";

    // Knowledge answers
    public const string StepsHeading = "怎么做：";
    public const string CitationsHeading = "依据：";
    public const string NotesHeading = "注意：";
    public const string MoreCitations = "另有{0}条依据，可以问工作人员。";
    public const string Disclaimer = "（以上仅供参考，不是律师意见；各地具体规定以当地官方为准。）";
    public const string RelatedPrompt = "这个回答有用吗？也可以点下面看相关问题。";
    public const string Helpful = "有帮助";
    public const string NotHelpful = "没帮助";
    public const string NoneOfThese = "都不是";
    public const string DidYouMean = "我不太确定您问的是哪一个。您是想问下面哪个问题？都不是的话点“都不是”，也可以打 12351 问工会、打 12348 问法律问题。";
    public const string ThanksHelpful = "谢谢您的反馈！还有别的问题可以接着问。";
    public const string SorryNotHelpful = "抱歉没帮上忙，我们会把这个问题交给工作人员改进。";

    public const string OutsideScope =
        "这个问题超出了我能回答的范围，我不想乱说误导您。劳动和工资方面的事，可以打 12351 职工维权服务热线问工会，" +
        "法律问题可以打 12348 公共法律服务热线。也可以找工会工作人员。";

    // Safety
    public const string Crisis =
        "您的安全最要紧！\n" +
        "如果有人正在打您、威胁您，或者不让您离开，请马上打 110 报警。\n" +
        "有人受伤或者吃了药、喝了农药，马上打 120。\n" +
        "心里难受、想不开，可以打 12356 心理援助热线，可以不说名字，每天至少 18 个小时有人接。\n" +
        "工会工作人员也会帮您。";

    public const string CrisisResume = "等您安全了，我们可以接着刚才的事。";
}
