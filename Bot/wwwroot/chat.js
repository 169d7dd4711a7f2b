// Worker chat page: Microsoft's Web Chat against our own Direct Line 3.0 endpoint.
// The conversation is remembered on this phone for a day, so reopening the page continues where the worker left off
// (with the newest token: a refreshed token replaces the old one, which stops working).
(function () {
  'use strict';
  var domain = new URL('v3/directline', document.baseURI).href.replace(/\/$/, '');
  var storeKey = 'rightsbot.conversation';
  var maxAgeMs = 24 * 60 * 60 * 1000;

  function post(path, token) {
    return fetch(domain + path, {
      method: 'POST',
      headers: token ? { Authorization: 'Bearer ' + token } : {}
    }).then(function (res) {
      if (!res.ok) { throw new Error('HTTP ' + res.status); }
      return res.json();
    });
  }

  function remembered() {
    try {
      var saved = JSON.parse(localStorage.getItem(storeKey) || 'null');
      return saved && Date.now() - saved.savedAt < maxAgeMs ? saved : null;
    } catch (e) { return null; }
  }

  function remember(conversationId, token) {
    try { localStorage.setItem(storeKey, JSON.stringify({ conversationId: conversationId, token: token, savedAt: Date.now() })); } catch (e) { /* private mode */ }
  }

  function connect() {
    var saved = remembered();
    if (saved) {
      return post('/tokens/refresh', saved.token).then(function (t) {
        remember(t.conversationId, t.token);
        return { token: t.token, conversationId: t.conversationId, resumed: true };
      }, function () { return fresh(); });
    }
    return fresh();
  }

  function fresh() {
    return post('/tokens/generate').then(function (t) {
      remember(t.conversationId, t.token);
      return { token: t.token, conversationId: t.conversationId, resumed: false };
    });
  }

  var styleOptions = {
    accent: '#b3261e',
    primaryFont: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
    fontSizeSmall: '80%',
    bubbleBackground: '#f1f3f4',
    bubbleFromUserBackground: '#fde7e4',
    bubbleBorderRadius: 12,
    bubbleFromUserBorderRadius: 12,
    bubbleMinHeight: 44,
    bubbleMaxWidth: 600,
    sendBoxHeight: 56,
    sendBoxButtonColor: '#b3261e',
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 48,
    suggestedActionBorderRadius: 10,
    suggestedActionBackgroundColor: '#fff',
    suggestedActionTextColor: '#b3261e',
    suggestedActionBorderColor: '#b3261e',
    suggestedActionBorderWidth: 2,
    hideUploadButton: false,
    rootHeight: '100%',
    avatarSize: 36,
    botAvatarInitials: '工会',
    userAvatarInitials: '我',
    showAvatarInGroup: 'status'
  };

  connect().then(function (session) {
    var options = { domain: domain, token: session.token };
    if (session.resumed) { options.conversationId = session.conversationId; options.watermark = ''; }
    var directLine = window.WebChat.createDirectLine(options);
    // DirectLineJS refreshes its token every 15 minutes, and a refresh retires the token it replaces: keep the
    // newest one, or reopening the page later could not continue the conversation.
    var kept = session.token;
    function keepToken() {
      if (directLine.token && directLine.token !== kept) {
        kept = directLine.token;
        remember(directLine.conversationId || session.conversationId, kept);
      }
    }
    setInterval(keepToken, 5000);
    window.addEventListener('pagehide', keepToken);
    document.addEventListener('visibilitychange', keepToken);
    directLine.connectionStatus$.subscribe(function (status) {
      // 2 = Online; 3 = ExpiredToken, 4 = FailedToConnect: start over with a new conversation.
      document.getElementById('offline').hidden = status === 2 || status === 0 || status === 1;
      if (status === 3 || status === 4) {
        try { localStorage.removeItem(storeKey); } catch (e) { /* ignore */ }
      }
    });
    window.WebChat.renderWebChat({ directLine: directLine, locale: 'zh-CN', styleOptions: styleOptions },
      document.getElementById('webchat'));
    document.querySelector('#webchat input, #webchat textarea') && document.querySelector('#webchat input, #webchat textarea').focus();
  }).catch(function () {
    var el = document.getElementById('offline');
    el.textContent = '暂时连不上服务，请稍后刷新页面。急事请拨打 12351 职工维权服务热线。';
    el.hidden = false;
  });
})();
