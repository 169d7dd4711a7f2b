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
        "4. 生活有困难可以说“困难帮扶”申请帮扶；\n5. 随时说“取消”退出当前步骤，说“重新开始”从头来，说“人工”找工作人员，说“删除我的信息”删掉登记的个人信息。";

    public const string HelpInDialog = "正在问您一个问题。回答它就能继续；说“取消”可以退出，说“人工”可以找工作人员。";
    public const string Cancelled = "好的，已经退出。您之前没提交的内容不会被使用。";
    public const string Restarted = "好的，我们从头开始。";

    public const string PersonAfterGaveUp = "不好意思，我好像没弄明白您的意思。";

    // Handoff to union staff
    public const string HandoffCancelButton = "取消等待";

    public const string HandoffQueued =
        "正在为您联系工会工作人员。您排第{0}位，大约等{1}分钟。等的时候可以接着留言，工作人员都能看到，也可以先问我问题。急事请打 12351。";

    public const string HandoffStillWaiting = "您已经在排队了，现在排第{0}位，大约还要等{1}分钟。工作人员接通后会在这里和您说话。";
    public const string HandoffMovedUp = "排队有进展：您现在排第{0}位，大约还要等{1}分钟。";
    public const string HandoffStillInLine = "工作人员还在忙，您仍在排队，现在排第{0}位，请再等一等。急事请打 12351。";
    public const string HandoffNext = "马上就轮到您了，工作人员很快会在这里和您说话，请稍等。";
    public const string HandoffAccepted = "工会工作人员{0}已经接通，您直接打字说就行。";
    public const string HandoffReleased = "工作人员已经结束这次对话，接下来由我（维权小助手）继续为您服务。";
    public const string HandoffReleasedResume = "您之前填写的内容还在，我们接着来：";
    public const string HandoffCancelled = "好的，已经取消排队。需要时再点“找工会工作人员”。";

    public const string HandoffAfterHours = "现在下班了，工作人员{0}在线。您可以先留言，{1}以后会有人回复您。急事请打 12351，遇到危险马上打 110。";

    public const string CallbackAskMessage = "请简单说说想请工作人员帮什么忙（一两句话就行）。";
    public const string CallbackAskConsent = "方便留一个手机号，让工作人员给您回电话吗？号码会加密保存，只用来联系您。";
    public const string CallbackYes = "可以，留电话";
    public const string CallbackNo = "不留电话";
    public const string CallbackAskPhone = "请写您的手机号（11位）。";
    public const string CallbackDone = "记下了。工作人员会在{0}以后尽快给您回电话。现在也可以继续问我问题。";
    public const string CallbackDoneNoPhone = "记下了。工作人员会在{0}以后在这里回复您，请留意消息。现在也可以继续问我问题。";

    // Conversation problems
    public const string DialogChanged = "我们的服务刚刚更新过，刚才的步骤需要重新开始，给您添麻烦了。";

    public const string TurnFailed =
        "抱歉，系统出了点问题，刚才这句没处理好。您的消息已经保存，请稍后再发一次。急事请拨打 12351 职工维权热线。";

    public const string NonText = "暂时只能看文字和图片，请打字告诉我，或拨打 12351 职工维权服务热线。";
    public const string FileOutsideForm = "收到您的文件了。要登记欠薪的话请点“反映欠薪”，照片和文件可以在登记的最后一步发给我。";

    // Limits (a message or file that was refused, so the worker knows to send it again)
    public const string SendingTooFast = "您发得太快了，请稍等一下再发。刚才那条没有收到，过一分钟再发一次就行。";
    public const string UploadQuotaReached = "今天发的文件已经很多了，这个文件没有收到。请明天再发，急事请拨打 12351 职工维权热线。";

    // Messaging channels (Telegram, WeChat)
    public const string ChooseBelow = "请选一个：";
    public const string ReplyWithNumber = "回复数字选择：";

    // Prompts
    public const string RetryGeneric = "没看明白，麻烦再说一次。";
    public const string RetryText = "请用文字回答，不要太长。";
    public const string RetryChoice = "请点下面的一个按钮（也可以打数字，第一个就打 1）。";
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

    // Questions
    public const string AskQuestion = "请直接打字说您遇到的问题，说得越具体越好，比如“包工头欠了我三个月工钱，人找不到了怎么办”。";

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
    public const string PhrasedByModel = "（这段话由AI根据知识库条目整理，仅供参考，以依据的法律原文为准。）";
    public const string Disclaimer = "（以上仅供参考，不是律师意见；各地具体规定以当地官方为准。）";
    public const string RelatedPrompt = "这个回答有用吗？也可以点下面看相关问题。";
    public const string Helpful = "有帮助";
    public const string NotHelpful = "没帮助";
    public const string NoneOfThese = "都不是";
    public const string DidYouMean = "我不太确定您问的是哪一个。您是想问下面哪个问题？都不是的话点“都不是”，也可以打 12351 问工会、打 12348 问法律问题。";
    public const string ThanksHelpful = "谢谢您的反馈！还有别的问题可以接着问。";
    public const string SorryNotHelpful = "抱歉没帮上忙，我们会把这个问题交给工作人员改进。";

    // Small talk: a short kind reply, then the menu.
    public const string SmallTalkGreeting = "您好！我是工会维权小助手。工资、合同、工伤这些事都可以直接问我，也可以点下面的按钮。";
    public const string SmallTalkThanks = "不客气！还有别的事随时问我。";
    public const string SmallTalkGoodbye = "好的，祝您一切顺利！有事随时再来找我。";

    public const string SmallTalkIdentity =
        "我是工会的维权小助手，是个机器人，不是真人，也不是律师或政府部门。我能解答工资和劳动权益的问题、帮您反映欠薪。" +
        "想和真人说，点“找工会工作人员”。";

    public const string SmallTalkConfusion =
        "不好意思，我没说清楚。您可以换个说法再问，比如“老板欠我三个月工资怎么办”，或者点“找工会工作人员”请真人帮您。";

    public const string SmallTalkAcknowledgement = "好的。还有别的问题可以接着问，也可以点下面的按钮。";

    public const string SmallTalkVenting =
        "听得出来您心里很憋屈，遇到这种事谁都难受。愿意的话，说说具体遇到了什么事，我帮您看看该怎么办；也可以点“找工会工作人员”。";

    public const string SmallTalkInsult = "对不起，没帮上您，让您着急了。您可以换个说法再问我，或者点“找工会工作人员”，请真人来帮您。";

    public const string OutsideScope =
        "这个问题超出了我能回答的范围，我不想乱说误导您。劳动和工资方面的事，可以打 12351 职工维权服务热线问工会，" +
        "法律问题可以打 12348 公共法律服务热线。也可以找工会工作人员。";

    // Safety: the first number in each text is the one to call first.
    public const string CrisisInjury =
        "先救人！有人受伤、昏过去，或者已经吃了药、喝了农药，马上打 120 叫救护车，不用等老板同意。\n" +
        "有人打人、威胁人、不让走，打 110 报警。\n" +
        "工会工作人员马上会来帮您，受伤的事之后可以按工伤办。";

    public const string CrisisPolice =
        "您的安全最要紧！有人打您、威胁您或您的家人，或者把人关着不让走，请马上打 110 报警。\n" +
        "有人受伤，马上打 120。\n" +
        "先躲到安全的地方，别和对方硬拼。工会工作人员马上会来帮您，工钱的事我们一起想办法。";

    public const string CrisisOthersAtRisk =
        "有人要跳楼、轻生，请马上打 110 报警，说清楚在哪里。\n" +
        "已经受伤或者喝了药，马上打 120。\n" +
        "别刺激他，陪着他说话，劝他离开危险的地方。工会工作人员马上会来帮忙，欠薪的事可以一起依法讨。";

    public const string CrisisAtTheEdge =
        "求您先离开那个危险的地方！现在就打 110，或者让身边的人打。\n" +
        "心里的苦可以打 12356 心理援助热线说一说，可以不说名字。\n" +
        "工钱的事工会帮您一起讨，您的命比钱要紧，工作人员马上会来和您说话。";

    public const string CrisisSelfHarm =
        "听到您这么难受，我很担心您。请现在就打 12356 心理援助热线，可以不说名字，每天至少 18 个小时有人接。\n" +
        "如果已经吃了药、喝了农药或者伤了自己，马上打 120；身边有危险，打 110。\n" +
        "您不是一个人扛，工钱的事工会帮您一起讨，工作人员马上会来和您说话。";

    public const string CrisisResume = "等您安全了，我们可以接着刚才的事。";

    // Forms
    public const string FormSubmit = "确认提交";
    public const string FormCorrect = "修改：";
    public const string FormSummaryHint = "都对的话点“确认提交”；哪一项不对，点“修改”那一项。";
    public const string FormSummaryRetry = "请点“确认提交”，或者点要修改的那一项。";
    public const string FormFieldSkipped = "这一项先空着，工作人员之后会跟您核对。我们接着往下填。";
    public const string FormSubmitFailed = "抱歉，提交没成功，您填的内容都还在。请过一会儿再点“确认提交”。急事请拨打 12351。";

    // Multi-select and attachments
    public const string MultiDone = "选好了";
    public const string MultiNone = "都没有";
    public const string MultiRetry = "请点下面的按钮选，可以选好几个；选完点“选好了”。";
    public const string MultiSoFar = "已选：{0}。还有就接着点，没有了点“选好了”。";
    public const string AttachmentsAsk = "有照片或文件（欠条、工资条、聊天截图、考勤照片）吗？可以点输入框左边的回形针图标选好，再点发送。没有就点“没有”。";
    public const string AttachmentsNone = "没有";
    public const string AttachmentsDone = "发完了";
    public const string AttachmentsReceived = "收到了，一共 {0} 个文件。还有就接着发，发完了点“发完了”。";
    public const string AttachmentsRetry = "请点输入框左边的回形针图标发照片或文件；不发了就点下面的按钮。";
    public const string AttachmentsAskTelegram = "有照片或文件（欠条、工资条、聊天截图、考勤照片）吗？点输入框旁边的回形针图标，选好照片再发送。没有就点“没有”。";
    public const string AttachmentsRetryTelegram = "请点输入框旁边的回形针图标发照片或文件；不发了就点下面的按钮。";
    public const string AttachmentsAskWeChat = "有照片（欠条、工资条、聊天截图、考勤照片）吗？点输入框右边的“+”，选“相册”把照片发过来。没有就回复“没有”。";
    public const string AttachmentsRetryWeChat = "请点输入框右边的“+”，选“相册”发照片；发完了或不发了，就回复下面的数字。";

    /// <summary>A text in the words of the worker's own app (where the photo button is differs between Web Chat, Telegram and WeChat).</summary>
    public static string ForChannel(string text, string? channelId) => (text, channelId) switch
    {
        (AttachmentsAsk, "telegram") => AttachmentsAskTelegram,
        (AttachmentsRetry, "telegram") => AttachmentsRetryTelegram,
        (AttachmentsAsk, "wechat") => AttachmentsAskWeChat,
        (AttachmentsRetry, "wechat") => AttachmentsRetryWeChat,
        _ => text,
    };

    /// <summary>
    /// The same words for a channel without buttons (WeChat), where choices are numbered lines and a worker may also type
    /// the choice itself. Most specific phrases first.
    /// </summary>
    private static readonly (string Buttons, string Numbers)[] ButtonlessWording =
    [
        ("请点下面的一个按钮（也可以打数字，第一个就打 1）", "请回复下面的一个数字（第一个就打 1）"),
        ("点下面的按钮", "回复下面的数字"),
        ("也可以直接点按钮", "也可以直接回复数字"),
        ("可以点按钮", "可以回复数字"),
        ("也可以点下面看相关问题", "也可以回复数字看相关问题"),
        ("点“", "回复“"),
    ];

    /// <summary>A text reworded for a channel without buttons.</summary>
    public static string WithoutButtons(string text)
    {
        foreach (var (buttons, numbers) in ButtonlessWording)
        {
            text = text.Replace(buttons, numbers, StringComparison.Ordinal);
        }

        return text;
    }

    // Wage-arrears report
    public const string ReportPrivacyNotice =
        "登记之前，先说明怎么用您的信息：\n" +
        "1. 信息由工会法律援助服务保存，只用来办理您反映的欠薪问题；统计时不带个人信息。\n" +
        "2. 按工会规定的期限保存，到期删除。\n" +
        "3. 要转给人社部门、仲裁委或法律援助机构时，会先问您同意。\n" +
        "4. 随时可以说“删除我的信息”。\n" +
        "不登记也可以继续问问题；也可以匿名反映。";

    public const string ReportAgree = "同意，开始登记";
    public const string ReportAnonymous = "匿名反映";
    public const string ReportDecline = "先不登记";
    public const string ReportDeclined = "好的，先不登记。您还是可以随时问法律问题，想登记了再点“反映欠薪”。";
    public const string ReportAskName = "怎么称呼您？写个姓就行，比如“王师傅”。";
    public const string ReportNoName = "不想说名字";
    public const string ReportAnonymousName = "匿名";
    public const string ReportAskContact = "匿名也可以留个手机号方便联系；不留的话，我会给您一个查询码来查进度。";
    public const string ReportContactPhone = "留手机号";
    public const string ReportContactNone = "不留联系方式";
    public const string ReportNoContact = "不留（用查询码）";
    public const string ReportAskPhone = "请写您的手机号（11位），工作人员会用它联系您。";
    public const string ReportAskIdConsent = "身份证号是敏感信息，可以不给；给了会加密保存，只在转办时用。愿意提供吗？";
    public const string ReportIdYes = "愿意提供";
    public const string ReportIdNo = "不提供";
    public const string ReportIdNotGiven = "不提供";
    public const string ReportAskId = "请写18位身份证号。";
    public const string ReportAskEmployer = "欠您工资的是哪个老板或公司？写名字或公司名。";
    public const string ReportAskIndustry = "您在哪一行干活？点一个，或者直接写，比如“工地”“电子厂”“送外卖”。";
    public const string ReportAskProject = "工地或项目叫什么名字？";
    public const string ReportAskContractor = "总包（施工总承包）是哪家公司？工地门口的告示牌上一般有写。";
    public const string ReportAskForeman = "包工头（班组长）叫什么？";
    public const string ReportUnknown = "不知道";
    public const string ReportAskLocation = "在哪里干的活？写省、市、区，比如“广东深圳宝安”。";
    public const string ReportAskJob = "您干的是什么活？比如钢筋工、普工、厨师。";
    public const string ReportAskFrom = "从什么时候开始干的？比如“2025年3月”或“去年十月”。";
    public const string ReportAskTo = "干到什么时候？还在干就点“还在干”。";
    public const string ReportStillWorking = "还在干";
    public const string ReportAskAmount = "一共被欠了多少钱？比如“八千”“1.5万”，记不准可以写“五六千”。";
    public const string ReportAskWorkers = "一共有几个人被欠？只有您自己就写 1。";
    public const string ReportAskEvidence = "您手里有哪些证据？可以点好几个，点完了点“选好了”。";
    public const string ReportAskComplained = "之前找过哪里反映吗？";
    public const string ReportAskWants = "您希望我们帮您做什么？";
    public const string ReportNone = "没有";
    public const string ReportSummary = "请核对您要登记的内容：";
    public const string ReportPrefilledNote = "带“＊”的几项是AI根据您前面说的话整理的，请仔细核对，不对就点“修改”。";
    public const string ReportDone = "登记成功！您的{0}编号是 {1}。";
    public const string ReportNext = "接下来：工会工作人员会查看您反映的情况，有进展会在这里告诉您。";
    public const string ReportFollowWithPhone = "查进度：点“查询案件进度”，输入编号和您留的手机号。";
    public const string ReportAccessCode = "您的查询码是 {0}，请抄下来或截图保存。查进度：点“查询案件进度”，输入编号和查询码。";
    public const string ReportSerious = "您的情况比较急，已经优先转给工作人员处理。";
    public const string ReportLinked = "同一个老板或工地已经有其他工友反映过，工作人员会一起处理。";

    public const string ReportRetryName = "称呼里不要有数字和符号，写个姓就行，比如“王师傅”。不想说可以点“不想说名字”。";
    public const string ReportRetryPhone = "手机号是11位数字，比如 138 1234 5678，请再写一次。";
    public const string ReportRetryIdChecksum = "这个身份证号好像有一位写错了，请对着身份证再写一次；不想提供可以说“取消”后重新登记。";
    public const string ReportRetryIdDate = "身份证号里的出生日期不对，请再核对一下。";
    public const string ReportRetryIdLength = "身份证号是18位（最后一位可能是X），请再写一次。";
    public const string ReportRetryShort = "请简单写一下就行（100个字以内）。";
    public const string ReportRetryFuture = "这个时间还没到呢，请再看一下。";
    public const string ReportRetryEndDate = "请写离开的时间，比如“去年十月”；还在干就点“还在干”。";
    public const string ReportRetryAmount = "请写被欠的钱数，比如“八千”、“1.5万”、“五六千”。";
    public const string ReportRetryAmountZero = "被欠的钱数要大于0，请再写一次。";
    public const string ReportRetryAmountHuge = "这个数太大了，请再核对一下，比如“8万”写成“80000”。";
    public const string ReportRetryWorkers = "请写人数，比如 1、5、20。";

    // Erasure
    public const string EraseConfirm = "确定要删除您在这里登记的姓名、手机号、身份证号吗？删除后案件还会继续办，但工作人员没法再联系您，您也没法再用手机号查进度。";
    public const string EraseYes = "确定删除";
    public const string EraseNo = "不删了";
    public const string EraseDone = "已删除。从这个对话登记的 {0} 个案件里，您的个人信息已经删掉，只留下不带个人信息的统计。";
    public const string EraseKept = "好的，没有删除。";

    // Hardship application
    public const string HardshipNotice = "困难帮扶申请会转给工会工作人员，看您是否符合当地的帮扶条件（各地标准不同，以当地总工会为准）。";
    public const string HardshipAskReason = "主要是什么原因困难？";
    public const string HardshipAskHousehold = "家里一共几口人（一起吃住的）？";
    public const string HardshipAskIncome = "全家一个月大概收入多少钱？没有收入就写 0。";
    public const string HardshipSummary = "请核对您的困难帮扶申请：";
    public const string HardshipRetryIncome = "请写一个钱数，比如“两千”“3000”，没有收入写 0。";
    public const string HardshipRetryHousehold = "请写人数，比如 3、5。";
}
