// Drives a conversation with Microsoft's botframework-directlinejs against a RightsBot server.
// Usage: node directline-conversation.mjs <serverBaseUrl> <websocket|polling>
// Prints one JSON line with what happened; exits 0 when every expectation held.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [base, mode] = process.argv.slice(2);
const domain = new URL('/v3/directline', base).href;
const timeoutMs = 20000;

function fail(message, extra) {
  console.log(JSON.stringify({ ok: false, mode, message, ...extra }));
  process.exit(1);
}

const token = (await (await fetch(domain + '/tokens/generate', { method: 'POST' })).json()).token;
const directLine = new DirectLine({ domain, token, webSocket: mode === 'websocket', pollingInterval: 300, timeout: 20000, random: () => 0 });
const received = [];
const waiters = [];
const statuses = [];
directLine.connectionStatus$.subscribe(s => statuses.push(s));
directLine.activity$.subscribe(activity => {
  received.push(activity);
  for (const w of [...waiters]) {
    if (w.match(activity)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(activity); }
  }
}, error => fail('activity$ errored: ' + error));

function waitFor(description, match) {
  const earlier = received.find(match);
  if (earlier) return Promise.resolve(earlier);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out waiting for ' + description)), timeoutMs);
    waiters.push({ match, resolve: a => { clearTimeout(timer); resolve(a); } });
  });
}

function post(text) {
  return new Promise((resolve, reject) => directLine.postActivity({
    type: 'message', from: { id: 'worker', name: '工友' }, text, locale: 'zh-CN',
    channelData: { clientActivityID: 'node-' + Math.random().toString(36).slice(2) }
  }).subscribe(resolve, reject));
}

const isBot = a => a.type === 'message' && a.from && a.from.role === 'bot';
try {
  const menu = await waitFor('greeting menu', a => isBot(a) && a.suggestedActions && a.suggestedActions.actions.length === 5);
  const id = await post('隐私说明');
  if (!id || id === 'retry') fail('postActivity returned ' + id);
  const echo = await waitFor('echo of the posted message', a => a.id === id);
  const privacy = await waitFor('privacy reply', a => isBot(a) && a.text.startsWith('隐私说明'));
  const id2 = await post('查询案件进度');
  const ask = await waitFor('case number prompt', a => isBot(a) && a.text.includes('案件编号') && a.replyToId === id2);
  const typing = received.filter(a => a.type === 'typing');
  if (typing.some(t => typeof t.text === 'string')) fail('typing activity carried text');
  console.log(JSON.stringify({
    ok: true, mode, conversationId: directLine.conversationId, postedId: id,
    echoFromRole: echo.from.role, menu: menu.suggestedActions.actions.map(a => a.title),
    privacy: privacy.text.slice(0, 20), ask: ask.text, statuses, received: received.length
  }));
  directLine.end();
  process.exit(0);
} catch (e) {
  fail(e.message, { statuses, received: received.map(a => ({ type: a.type, role: a.from && a.from.role, text: (a.text || '').slice(0, 30) })) });
}
