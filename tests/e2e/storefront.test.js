#!/usr/bin/env node
// End-to-end test of the storefront chat widget: the real shop-inbox-server on loopback, Debian's chromium
// driven headless by playwright-core as the customer, and shop-inbox-staffagent (the real core sync library:
// cache, SyncEngine, outbox) as the merchant.
//
//   node storefront.test.js --server <shop-inbox-server> --staffagent <shop-inbox-staffagent> --out <dir>
//
// Screenshots of every step go to <dir>. Exit code 0 when every check passed.
'use strict';

const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch (e) {
  console.error('playwright-core is missing: run `npm ci` in tests/e2e (scripts/test does)');
  process.exit(1);
}

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const required of ['server', 'staffagent', 'out']) {
  if (!args[required]) {
    console.error(`usage: storefront.test.js --server BIN --staffagent BIN --out DIR (missing --${required})`);
    process.exit(2);
  }
}

const DEMO = JSON.parse(fs.readFileSync(path.join(__dirname, '../../resources/demo/demo-shop.json'), 'utf8'));
const XSS = '<img src=x onerror=alert(1)>';
const started = Date.now();
const children = [];
let tmp;

function log(text) {
  console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${text}`);
}

/**
 * Waits until check() (sync or async) returns a truthy value, polling; timeoutMs is a ceiling that only
 * bounds a hang. An async check is awaited: its promise is not taken for a truthy answer.
 */
async function waitUntil(check, what, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

// --- the server ---------------------------------------------------------------------------------------------

/** A real SMTP server on loopback (tests/support/smtp-sink.py, python3-aiosmtpd); mails land in @p dir. */
async function startSmtpSink(dir) {
  const port = await new Promise((resolve) => {
    const probe = require('node:net').createServer();
    probe.listen(0, '127.0.0.1', () => { const p = probe.address().port; probe.close(() => resolve(p)); });
  });
  const child = spawn('/usr/bin/python3', [path.join(__dirname, '..', 'support', 'smtp-sink.py'), String(port), dir],
    { stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(child);
  const lines = readline.createInterface({ input: child.stdout });
  await new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`smtp-sink.py exited with ${code} (python3-aiosmtpd missing?)`)));
    lines.on('line', (line) => { if (line.startsWith('ready')) resolve(); });
  });
  return port;
}

/** The six-digit code in the newest mail to @p recipient that the sink stored in @p dir (waits for it). */
async function mailedCode(dir, recipient, after) {
  return waitUntil(() => {
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().reverse()) {
      if (after.includes(file)) continue;
      const envelope = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.eml$/, '.json')), 'utf8'));
      if (!envelope.rcpt_tos.includes(recipient)) continue;
      const raw = fs.readFileSync(path.join(dir, file), 'latin1');
      const match = /\b(\d{6})\b/.exec(raw.slice(raw.indexOf('\r\n\r\n')));
      if (match) return match[1];
    }
    return null;
  }, `a code mailed to ${recipient}`);
}

async function startServer(dataDir, smtpPort) {
  const child = spawn(args.server, ['--demo', '--port', '0', '--data-dir', dataDir,
    '--smtp-url', `smtp://127.0.0.1:${smtpPort}`, '--mail-from-domain', 'mail.maple.test'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' }
  });
  children.push(child);
  const serverLog = fs.createWriteStream(path.join(args.out, 'server.log'));
  child.stderr.pipe(serverLog);
  const lines = readline.createInterface({ input: child.stdout });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 20 s')), 20000);
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    lines.on('line', (line) => {
      const match = /^listening on (http:\/\/\S+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
}

// --- the merchant: shop-inbox-staffagent --------------------------------------------------------------------

class Staff {
  constructor(serverUrl, cacheDir) {
    this.events = [];
    this.child = spawn(args.staffagent,
      ['--server', serverUrl, '--email', 'owner@demo.shop', '--password-stdin', '--cache-dir', cacheDir],
      { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' } });
    children.push(this.child);
    this.child.stderr.pipe(fs.createWriteStream(path.join(args.out, 'staffagent.log')));
    this.child.stdin.write('demo-owner\n');
    readline.createInterface({ input: this.child.stdout }).on('line', (line) => {
      try {
        this.events.push(JSON.parse(line));
      } catch (e) {
        console.error(`staffagent: not JSON: ${line}`);
      }
    });
  }

  send(command) {
    this.child.stdin.write(JSON.stringify(command) + '\n');
  }

  /** The first event after index @p from (default: any) that matches. */
  waitFor(match, what, from = 0, timeoutMs = 15000) {
    return waitUntil(() => this.events.slice(from).find(match), `staff: ${what}`, timeoutMs);
  }

  async customer(id) {
    const from = this.events.length;
    this.send({ cmd: 'customer', id });
    const event = await this.waitFor((e) => e.event === 'customer' && e.customer && e.customer.id === id,
      `customer ${id}`, from);
    return event.customer;
  }

  /** Asks the cache until the customer matches (presence arrives as its own event). */
  async waitForCustomer(id, match, what, timeoutMs = 15000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const customer = await this.customer(id);
      if (customer && match(customer)) return customer;
      if (Date.now() > deadline) throw new Error(`timed out waiting for staff: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async reply(command) {
    const from = this.events.length;
    this.send(command);
    const queued = await this.waitFor((e) => e.event === 'queued' || e.event === 'refused', `${command.cmd} queued`, from);
    assert.equal(queued.event, 'queued', `staff ${command.cmd}: ${JSON.stringify(queued)}`);
    // The outbox sends it; the server's copy comes back through the stream with a server id.
    return this.waitFor((e) => e.event === 'message' && e.message.id > 0 && e.message.author === 'staff' &&
      e.message.conversation_id === command.conversation_id && e.message.kind === command.cmd &&
      e.message.delivery !== 'failed' && e.message.body === (command.text || ''),
    `${command.cmd} message sent`, from);
  }
}

// --- the customer: chromium -----------------------------------------------------------------------------------

let shot = 0;
async function screenshot(page, name) {
  shot += 1;
  const file = path.join(args.out, `${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  log(`screenshot ${path.basename(file)}`);
}

const W = (selector) => `#shop-inbox-chat ${selector}`; // Playwright's CSS pierces the open shadow root

async function main() {
  fs.mkdirSync(args.out, { recursive: true });
  for (const file of fs.readdirSync(args.out)) if (file.endsWith('.png')) fs.rmSync(path.join(args.out, file));
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shop-inbox-e2e-'));

  const mailDir = path.join(tmp, 'mail');
  const base = await startServer(path.join(tmp, 'data'), await startSmtpSink(mailDir));
  log(`server ${base}`);
  const staff = new Staff(base, path.join(tmp, 'staff-cache'));
  await staff.waitFor((e) => e.event === 'online', 'signed in and caught up', 0, 30000);
  log('staff agent online');

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run']
  });
  try {
    await run(browser, base, staff, mailDir);
  } finally {
    await browser.close();
  }
}

async function run(browser, base, staff, mailDir) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  let page = await context.newPage();
  const dialogs = [];
  const pageErrors = [];
  const watch = (p) => {
    p.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss().catch(() => {}); });
    p.on('pageerror', (error) => pageErrors.push(String(error)));
  };
  watch(page);

  // 1. The demo store with the chat button in the merchant's colour and position.
  await page.goto(`${base}/demo-store`);
  const launcher = page.locator(W('.sic-launcher'));
  await launcher.waitFor();
  const look = await launcher.evaluate((node) => {
    const rect = node.getBoundingClientRect();
    return { background: getComputedStyle(node).backgroundColor, right: window.innerWidth - rect.right };
  });
  assert.equal(look.background, 'rgb(47, 111, 78)', 'launcher in the settings colour #2f6f4e');
  assert.ok(look.right < 40, `launcher at the bottom right (${look.right}px from the edge)`);
  await screenshot(page, 'store-with-launcher');

  // 2. The pre-chat form validates name and email.
  await launcher.click();
  const header = page.locator(W('.sic-title'));
  assert.equal(await header.textContent(), DEMO.settings.greeting, 'greeting in the header');
  await page.locator(W('form.sic-form button[type=submit]')).click();
  assert.equal(await page.locator(W('#sic-name-error')).textContent(), 'Please enter your name.');
  await page.locator(W('#sic-name')).fill('Ada Lovelace');
  await page.locator(W('#sic-email')).fill('ada@example');
  await page.locator(W('form.sic-form button[type=submit]')).click();
  assert.equal(await page.locator(W('#sic-email-error')).textContent(), 'Please enter a valid email address.');
  assert.equal(await page.locator(W('#sic-name-error')).textContent(), '');
  await screenshot(page, 'prechat-validation');
  const email = `ada.e2e.${Date.now()}@example.com`;
  await page.locator(W('#sic-email')).fill(email);
  await page.locator(W('form.sic-form button[type=submit]')).click();
  await page.locator(W('.sic-composer textarea')).waitFor();
  const session = await page.evaluate(() => window.ShopInboxChat.session());
  assert.ok(session && session.conversation_id > 0 && session.customer_id > 0, 'a chat session');
  const conversationId = session.conversation_id;
  const customerId = session.customer_id;
  log(`customer ${customerId}, conversation ${conversationId}`);

  // The merchant sees the conversation and the customer online.
  let customer = await staff.waitForCustomer(customerId, (c) => c.online, 'the customer online');
  assert.equal(customer.name, 'Ada Lovelace');
  assert.equal(customer.email, email);
  await staff.waitFor((e) => e.event === 'conversation' && e.conversation.id === conversationId &&
    e.conversation.customer_id === customerId, 'the new conversation');
  log('staff sees the conversation with the customer online');

  // 3. The customer writes; the server's follow-up — or, outside the demo shop's business hours, its away
  //    message (both system messages) — appears after the first message, once.
  const hello = 'Hello! Do you ship to Belgium?';
  await page.locator(W('.sic-composer textarea')).fill(hello);
  await page.locator(W('.sic-composer button[type=submit]')).click();
  await page.locator(W('.sic-msg.customer:not(.pending) .sic-bubble'), { hasText: hello }).first().waitFor();
  const automated = page.locator(W('.sic-note')).filter({
    hasText: new RegExp('^(' + [DEMO.settings.follow_up, DEMO.settings.away]
      .map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')$'),
  });
  await automated.first().waitFor();
  assert.equal(await automated.count(), 1);
  await staff.waitFor((e) => e.event === 'message' && e.message.conversation_id === conversationId &&
    e.message.author === 'customer' && e.message.body === hello, 'the customer message');
  log('staff received the message');
  await screenshot(page, 'first-message-follow-up');

  // 4. Two products into the cart from the store page.
  await page.locator('article[data-product-id="1"] button.add').click();
  await page.locator('article[data-product-id="1"] .flash', { hasText: 'Added' }).waitFor();
  await page.locator('article[data-product-id="7"] select').selectOption('702');
  await page.locator('article[data-product-id="7"] button.add').click();
  await page.locator('article[data-product-id="7"] .flash', { hasText: 'Added' }).waitFor();
  await staff.waitFor((e) => e.event === 'cart' && e.cart.customer_id === customerId && e.cart.lines.length === 2,
    'a cart with two lines');
  for (const title of ['Everyday Organic Tee – White', 'Merino Wool Crew Jumper']) {
    await staff.waitFor((e) => e.event === 'message' && e.message.kind === 'cart_event' &&
      e.message.conversation_id === conversationId && e.message.body === `Added ${title} to the cart`, `cart event ${title}`);
    await page.locator(W('.sic-note'), { hasText: `Added ${title} to the cart` }).waitFor();
  }
  assert.equal(await page.locator('#cart').textContent(), 'Cart: 2 items');
  log('staff sees both cart events');

  // 5. The merchant replies with text, a product and a discount; the browser shows all three.
  const reply = 'Yes, we ship to Belgium in 2–3 days. You might also like this one:';
  await staff.reply({ cmd: 'text', conversation_id: conversationId, text: reply });
  await staff.reply({ cmd: 'products', conversation_id: conversationId, product_ids: [3] });
  await staff.reply({ cmd: 'discount', conversation_id: conversationId, code: 'WELCOME10' });
  await page.locator(W('.sic-msg.staff .sic-bubble'), { hasText: reply }).waitFor();
  const card = page.locator(W('.sic-card[data-product-id="3"]'));
  await card.waitFor();
  assert.equal(await card.locator('.sic-card-title').textContent(), 'Slim Fit Pima Cotton Tee');
  assert.equal(await card.locator('.sic-card-price').textContent(), '€29.95');
  const product3 = DEMO.products.find((p) => p.id === 3);
  assert.equal(await card.locator('a').getAttribute('href'), product3.url);
  assert.equal(await card.locator('img').getAttribute('src'), `${base}${product3.image_url}`);
  await waitUntil(() => card.locator('img').evaluate((img) => img.complete && img.naturalWidth > 0), 'product image loaded');
  const discount = page.locator(W('.sic-discount[data-code="WELCOME10"]'));
  await discount.waitFor();
  assert.equal(await discount.locator('.sic-summary').textContent(), '10% off your first order');
  await screenshot(page, 'merchant-reply-product-discount');

  // 6. The customer applies the discount to the cart.
  await discount.locator('button').click();
  await page.locator(W('.sic-discount-bar'), { hasText: 'WELCOME10' }).waitFor();
  await discount.locator('.sic-applied').waitFor();
  await staff.waitFor((e) => e.event === 'cart' && e.cart.customer_id === customerId && e.cart.discount_code === 'WELCOME10',
    'the discount in the cart');
  assert.match(await page.locator('#cart').textContent(), /code WELCOME10/);
  log('discount applied, staff sees it in the cart');
  await screenshot(page, 'discount-applied');

  // 7. Markup is text on both sides.
  await page.locator(W('.sic-composer textarea')).fill(XSS);
  await page.locator(W('.sic-composer textarea')).press('Enter');
  const staffXss = await staff.waitFor((e) => e.event === 'message' && e.message.author === 'customer' &&
    e.message.conversation_id === conversationId && e.message.body.includes('onerror'), 'the markup message');
  assert.equal(staffXss.message.body, XSS, 'the staff side gets the body unchanged');
  await staff.reply({ cmd: 'text', conversation_id: conversationId, text: XSS });
  await waitUntil(async () => (await page.locator(W('.sic-msg.staff .sic-bubble')).allTextContents()).includes(XSS),
    'the staff markup message in the browser');
  const bubbles = await page.locator(W('.sic-msg .sic-bubble')).evaluateAll((nodes) =>
    nodes.filter((n) => n.textContent.includes('onerror')).map((n) => ({ text: n.textContent, children: n.children.length })));
  assert.equal(bubbles.length, 2, 'both markup messages shown');
  for (const bubble of bubbles) {
    assert.equal(bubble.text, XSS, 'shown literally');
    assert.equal(bubble.children, 0, 'no elements made from it');
  }
  assert.equal(await page.locator(W('img[src="x"]')).count(), 0, 'no <img src=x>');
  assert.deepEqual(dialogs, [], 'no dialog fired');
  log('markup shown literally on both sides');
  await screenshot(page, 'markup-as-text');

  // 8. A reload keeps the conversation (and the open chat).
  await page.reload();
  await page.locator(W('.sic-msg.customer .sic-bubble'), { hasText: hello }).waitFor();
  await page.locator(W('.sic-msg.staff .sic-bubble'), { hasText: reply }).waitFor();
  await page.locator(W('.sic-card[data-product-id="3"]')).waitFor();
  await page.locator(W('.sic-discount-bar'), { hasText: 'WELCOME10' }).waitFor();
  // The later point for "no dialog": the page that showed the markup has been unloaded and the new one
  // shows both markup messages again; an alert from either would have fired by now.
  await waitUntil(async () => (await page.locator(W('.sic-msg .sic-bubble')).allTextContents())
    .filter((t) => t.includes('onerror')).length === 2, 'the markup messages after the reload');
  assert.deepEqual(dialogs, [], 'no dialog fired, before or after the reload');
  const stored = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('shopinbox.chat:'));
    return JSON.parse(localStorage.getItem(key));
  });
  const inAWeek = Date.now() + 7 * 24 * 3600 * 1000;
  assert.ok(Math.abs(stored.expires - inAWeek) < 60000, 'kept for one week');
  log('conversation survives the reload');
  await screenshot(page, 'after-reload');

  // 8b. Someone who knows the customer's e-mail address, in another browser (issue 17): a chat of its own,
  //     linked to the same customer for the merchant, with none of her messages and none of the replies
  //     sent to her; and not allowed to change her cart.
  const otherBrowser = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  const impostor = await otherBrowser.newPage();
  watch(impostor);
  await impostor.goto(`${base}/demo-store`);
  await impostor.locator(W('.sic-launcher')).click();
  await impostor.locator(W('#sic-name')).fill('Mallory');
  await impostor.locator(W('#sic-email')).fill(email.toUpperCase());
  await impostor.locator(W('form.sic-form button[type=submit]')).click();
  await impostor.locator(W('.sic-composer textarea')).waitFor();
  const impostorSession = await impostor.evaluate(() => window.ShopInboxChat.session());
  assert.equal(impostorSession.customer_id, customerId, 'linked to the same customer');
  assert.notEqual(impostorSession.conversation_id, conversationId, 'a conversation of its own');
  assert.ok(!(await impostor.locator(W('.sic-panel')).textContent()).includes('Ada Lovelace'),
    "the impostor's chat does not name the customer");
  const secret = 'Your personal code is ADA-ONLY-42';
  await staff.reply({ cmd: 'text', conversation_id: conversationId, text: secret });
  await page.locator(W('.sic-msg.staff .sic-bubble'), { hasText: secret }).waitFor(); // the customer has it
  // The later observable point for the impostor: a reply in its own conversation arrives after the secret.
  const forImpostor = 'Hello Mallory, how can we help?';
  await staff.reply({ cmd: 'text', conversation_id: impostorSession.conversation_id, text: forImpostor });
  await impostor.locator(W('.sic-msg.staff .sic-bubble'), { hasText: forImpostor }).waitFor();
  const seen = (await impostor.locator(W('.sic-msg .sic-bubble')).allTextContents()).join('\n');
  for (const text of [hello, reply, secret]) assert.ok(!seen.includes(text), `the impostor does not see "${text}"`);
  customer = await staff.waitForCustomer(customerId, () => true, 'the customer');
  assert.equal(customer.name, 'Ada Lovelace', 'not renamed by the impostor');
  const cartAttempt = await impostor.evaluate(async (serverBase) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('shopinbox.chat:'));
    const token = JSON.parse(localStorage.getItem(key)).token;
    const response = await fetch(`${serverBase}/storefront/v1/cart`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ action: 'apply_discount', discount_code: 'FREESHIP' }) });
    return { status: response.status, body: await response.json() };
  }, base);
  assert.equal(cartAttempt.status, 403, 'the impostor cannot change her cart');
  // It is offered the way to prove the address: a code by mail, which only the customer gets.
  await impostor.locator(W('.sic-verify'), { hasText: 'We already know this email address' }).waitFor();
  await screenshot(impostor, 'impostor-sees-nothing');
  await otherBrowser.close();
  log('another browser with the same e-mail sees none of the conversation');

  // 8c. Ada herself on her phone: the same start, then the code from her mailbox makes the chat hers —
  //     her conversation with everything in it, and her cart.
  const phoneContext = await browser.newContext({ viewport: { width: 375, height: 667 }, locale: 'en-GB',
    isMobile: true, hasTouch: true });
  const phone = await phoneContext.newPage();
  watch(phone);
  await phone.goto(`${base}/demo-store`);
  await phone.locator(W('.sic-launcher')).click();
  await phone.locator(W('#sic-name')).fill('Ada');
  await phone.locator(W('#sic-email')).fill(email);
  await phone.locator(W('form.sic-form button[type=submit]')).click();
  const mailsBefore = fs.existsSync(mailDir) ? fs.readdirSync(mailDir) : [];
  await phone.locator(W('.sic-verify button'), { hasText: 'Email me a code' }).click();
  await phone.locator(W('#sic-code')).waitFor();
  await screenshot(phone, 'phone-asks-for-the-code');
  const code = await mailedCode(mailDir, email.toLowerCase(), mailsBefore);
  await phone.locator(W('#sic-code')).fill(code);
  await phone.locator(W('.sic-verify button[type=submit]')).click();
  await phone.locator(W('.sic-verify'), { hasText: 'Email address confirmed' }).waitFor();
  await phone.locator(W('.sic-msg .sic-bubble'), { hasText: secret }).waitFor(); // her conversation's history
  const phoneSession = await phone.evaluate(() => window.ShopInboxChat.session());
  assert.equal(phoneSession.conversation_id, conversationId, 'the chat joined her conversation');
  assert.equal(phoneSession.confirmed, true);
  assert.equal(phoneSession.name, 'Ada Lovelace', 'her name, now that she proved the address');
  await screenshot(phone, 'phone-confirmed');
  await phoneContext.close();
  log('the customer proved her address with the mailed code and sees her conversation');

  // 9. Order status: a right pair (shipped, with tracking), an unshipped order (status page) and a wrong pair.
  const customersById = new Map(DEMO.customers.map((c) => [c.id, c]));
  const shipped = DEMO.orders.find((o) => o.fulfillment_status === 'fulfilled' && o.tracking_url);
  const unshipped = DEMO.orders.find((o) => o.fulfillment_status === 'unfulfilled' && o.status_page_url);
  async function orderStatus(number, mail) {
    await page.locator(W('.sic-chip')).click();
    await page.locator(W('#sic-order-number')).fill(number);
    await page.locator(W('#sic-order-email')).fill(mail);
    await page.locator(W('form.sic-order button[type=submit]')).click();
  }
  await orderStatus(shipped.number.replace('#', ''), customersById.get(shipped.customer_id).email.toUpperCase());
  const result = page.locator(W('.sic-order.result'));
  await result.waitFor();
  assert.equal(await result.locator('.sic-order-title').textContent(), `Order ${shipped.number}`);
  assert.equal(await result.locator('dd[data-status]').textContent(), 'Shipped');
  assert.equal(await result.locator('a').textContent(), 'Track your package');
  assert.equal(await result.locator('a').getAttribute('href'), shipped.tracking_url);
  await screenshot(page, 'order-status-shipped');
  await orderStatus(unshipped.number, customersById.get(unshipped.customer_id).email);
  await result.locator('dd[data-status="unfulfilled"]').waitFor();
  assert.equal(await result.locator('a').textContent(), 'View order status');
  assert.equal(await result.locator('a').getAttribute('href'), unshipped.status_page_url);
  await orderStatus(shipped.number, 'someone.else@example.com');
  const error = page.locator(W('form.sic-order .sic-error[role=alert]'));
  await error.filter({ hasText: "We couldn't find an order" }).waitFor();
  assert.equal(await error.textContent(), "We couldn't find an order with that number and email address.");
  log('order status: right pair, unshipped order, wrong pair');
  await screenshot(page, 'order-status-wrong-pair');

  // 10. The customer leaves: the merchant sees them go offline; the next reply is written while offline.
  await page.close();
  customer = await staff.waitForCustomer(customerId, (c) => !c.online, 'the customer offline');
  assert.equal(customer.online, false, 'staff sees the customer offline before replying');
  const later = 'Your parcel will ship tomorrow – we will email you.';
  const offlineReply = await staff.reply({ cmd: 'text', conversation_id: conversationId, text: later });
  assert.equal((await staff.customer(customerId)).online, false, 'still offline when the reply was created');
  assert.ok(['pending', 'emailed'].includes(offlineReply.message.delivery), 'a reply to an offline customer goes by mail');
  await waitUntil(() => fs.readdirSync(mailDir).filter((f) => f.endsWith('.eml')).some((f) => {
    const raw = fs.readFileSync(path.join(mailDir, f), 'latin1').replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (m, hex) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(raw, 'latin1').toString('utf8').includes(later);
  }), 'the offline reply in the mailbox');
  log(`reply while offline: mailed (delivery ${offlineReply.message.delivery})`);

  // Back on the page, the reply written while away is there.
  page = await context.newPage();
  watch(page);
  await page.goto(`${base}/demo-store`);
  await page.locator(W('.sic-msg.staff .sic-bubble'), { hasText: later }).waitFor();
  await staff.waitForCustomer(customerId, (c) => c.online, 'the customer back online');
  await page.close();
  await context.close();

  // 11. Language from the page's lang, on a merchant page of another origin (CORS), and the chat hidden.
  // A merchant's page on another origin (a Node server on another loopback port: loopback to loopback, so
  // Chromium's local network access rules do not interfere), in German.
  const merchantServer = http.createServer((request, response) => {
    const lang = new URL(request.url, 'http://x').searchParams.get('lang') || '';
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!DOCTYPE html><html lang="${lang.replace(/[^a-zA-Z-]/g, '')}"><head><title>Shop</title>` +
      `<meta name="viewport" content="width=device-width, initial-scale=1"></head>` +
      `<body><h1>Ein Laden</h1><script src="${base}/storefront/widget.js"></script></body></html>`);
  });
  await new Promise((resolve) => merchantServer.listen(0, '127.0.0.1', resolve));
  const merchant = `http://127.0.0.1:${merchantServer.address().port}/`;
  const german = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const de = await german.newPage();
  watch(de);
  await de.goto(`${merchant}?lang=de-AT`);
  await de.locator(W('.sic-launcher[aria-label="Chat öffnen"]')).click();
  assert.equal(await de.locator(W('form.sic-form button[type=submit]')).textContent(), 'Chat starten');
  await de.locator(W('form.sic-form button[type=submit]')).click();
  assert.equal(await de.locator(W('#sic-name-error')).textContent(), 'Bitte geben Sie Ihren Namen ein.');
  await screenshot(de, 'german-prechat');
  // The longest language on a phone: the known address offers the code, and the code form fits.
  const germanPhone = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  const dePhone = await germanPhone.newPage();
  watch(dePhone);
  await dePhone.goto(`${merchant}?lang=de`);
  await dePhone.locator(W('.sic-launcher')).click();
  await dePhone.locator(W('#sic-name')).fill('Ada Maria Katharina von Lovelace-Byron');
  await dePhone.locator(W('#sic-email')).fill(email);
  await dePhone.locator(W('form.sic-form button[type=submit]')).click();
  await dePhone.locator(W('.sic-verify'), { hasText: 'Diese E-Mail-Adresse kennen wir bereits' }).waitFor();
  await dePhone.locator(W('.sic-verify button'), { hasText: 'Code per E-Mail senden' }).click();
  await dePhone.locator(W('.sic-verify'), { hasText: 'Wir haben einen 6-stelligen Code' }).waitFor();
  const fits = await dePhone.locator(W('.sic-verify')).evaluate((bar) =>
    [...bar.querySelectorAll('button, input, p')].every((node) => {
      const r = node.getBoundingClientRect();
      const b = bar.getBoundingClientRect();
      return r.left >= b.left - 0.5 && r.right <= b.right + 0.5 && node.scrollWidth <= node.clientWidth + 1;
    }));
  assert.ok(fits, 'the German code form fits the 375 px panel');
  await screenshot(dePhone, 'german-code-375');
  await germanPhone.close();
  for (const [lang, start] of [['nl', 'Chat starten'], ['fr-CA', 'Démarrer le chat'], ['es', 'Start chat'], ['', 'Start chat']]) {
    await de.goto(`${merchant}?lang=${lang}`);
    await de.locator(W('.sic-launcher')).click();
    assert.equal(await de.locator(W('form.sic-form button[type=submit]')).textContent(), start, `lang "${lang}"`);
  }
  log('languages: de, nl, fr, es → en, none → en');

  // The merchant's settings: bottom left, and hidden.
  const login = await (await fetch(`${base}/api/v1/login`, {
    method: 'POST', body: JSON.stringify({ email: 'owner@demo.shop', password: 'demo-owner' })
  })).json();
  const putSettings = (body) => fetch(`${base}/api/v1/settings`, {
    method: 'PUT', headers: { Authorization: `Bearer ${login.token}` }, body: JSON.stringify(body)
  }).then((r) => assert.equal(r.status, 200));
  await putSettings({ position: 'bottom-left', color: '#7a3e9d' });
  await de.goto(`${merchant}?lang=en`);
  const left = await de.locator(W('.sic-launcher')).evaluate((node) =>
    ({ left: node.getBoundingClientRect().left, background: getComputedStyle(node).backgroundColor }));
  assert.ok(left.left < 40, `launcher at the bottom left (${left.left}px)`);
  assert.equal(left.background, 'rgb(122, 62, 157)');
  await putSettings({ visible: false });
  await de.goto(`${merchant}?lang=en`);
  assert.equal(await de.evaluate(() => window.ShopInboxChat.ready), false, 'hidden: ready resolves false');
  assert.equal(await de.locator('#shop-inbox-chat').count(), 0, 'hidden: no chat button');
  await putSettings({ visible: true, position: 'bottom-right', color: '#2f6f4e' });
  log('settings: bottom left in another colour, hidden');
  await german.close();
  merchantServer.close();

  assert.deepEqual(dialogs, [], 'no dialog fired');
  assert.deepEqual(pageErrors, [], 'no script errors');
}

main().then(() => {
  log('PASS');
}, (error) => {
  console.error(error);
  process.exitCode = 1;
}).finally(() => {
  for (const child of children) {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
  setTimeout(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 500);
});
