/*
 * Shop Inbox storefront chat widget. Served by shop-inbox-server as /storefront/widget.js; embed it with
 *
 *   <script src="https://YOUR-SHOP-INBOX-SERVER/storefront/widget.js" async></script>
 *
 * Plain JavaScript without dependencies or a build step. The server's base URL is taken from this script's own
 * src. Everything customers and merchants wrote is shown as text (textContent), never parsed as HTML, and
 * links are only followed for http(s) URLs. The widget lives in a shadow root, so the page's CSS does not
 * reach it and its CSS does not reach the page.
 *
 * The page can use window.ShopInboxChat: open(), close(), addToCart(productId, variantId, quantity),
 * removeFromCart(productId, variantId, quantity), applyDiscount(code), session(), cart(). Cart changes are
 * announced as the window event "shopinboxchat:cart" (detail: the Cart).
 */
(function () {
  'use strict';

  if (window.ShopInboxChat && window.ShopInboxChat.version) {
    return;
  }

  // --- where the server is ------------------------------------------------------------------------------

  var script = document.currentScript;
  if (!script) {
    var scripts = document.getElementsByTagName('script');
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (/\/storefront\/widget\.js(\?|#|$)/.test(scripts[i].src)) {
        script = scripts[i];
        break;
      }
    }
  }
  var scriptUrl = new URL(script ? script.src : '/storefront/widget.js', location.href);
  var BASE = scriptUrl.origin + scriptUrl.pathname.replace(/\/storefront\/widget\.js$/, '');
  var WS_BASE = BASE.replace(/^http/, 'ws');
  var STORAGE_KEY = 'shopinbox.chat:' + BASE;
  var WEEK_MS = 7 * 24 * 60 * 60 * 1000;
  var MAX_BODY = 5000;

  // --- language -----------------------------------------------------------------------------------------

  var STRINGS = {
    en: {
      open: 'Open chat', close: 'Close chat', title: 'Chat with us',
      intro: 'Tell us who you are and we will get back to you here or by email.',
      name: 'Name', email: 'Email', start: 'Start chat',
      nameRequired: 'Please enter your name.', emailInvalid: 'Please enter a valid email address.',
      placeholder: 'Write a message…', send: 'Send',
      orderStatus: 'I want an update on my order status',
      orderNumber: 'Order number', check: 'Check status', cancel: 'Cancel',
      orderRequired: 'Please enter your order number and email address.',
      orderNotFound: "We couldn't find an order with that number and email address.",
      tooMany: 'Too many attempts. Please try again in a few minutes.',
      orderTitle: 'Order {number}', fulfillment: 'Shipping', payment: 'Payment',
      track: 'Track your package', statusPage: 'View order status',
      viewProduct: 'View product', applyDiscount: 'Apply to cart', applied: 'Applied to your cart',
      discountApplied: 'Discount code {code} applied', discountFailed: 'This discount code cannot be used.',
      connecting: 'Connecting…', offline: 'Connection lost. Reconnecting…', failed: 'Something went wrong. Please try again.',
      sending: 'Sending…', you: 'You', shop: 'Shop',
      verifyIntro: 'We already know this email address. Confirm that it is yours to see your earlier messages and use your cart.',
      sendCode: 'Email me a code', codeSent: 'We sent a 6-digit code to {address}.', codeLabel: 'Code from the email',
      confirmCode: 'Confirm', wrongCode: 'That is not the code from the email.', codeExpired: 'This code no longer works. Ask for a new one.',
      verifyUnavailable: 'This shop cannot send email right now, so the address cannot be confirmed.',
      verifyFirst: 'Confirm your email address first (see the top of the chat).', confirmed: 'Email address confirmed.',
      status: {
        fulfilled: 'Shipped', unfulfilled: 'Not shipped yet', partially_fulfilled: 'Partly shipped',
        paid: 'Paid', pending: 'Pending', refunded: 'Refunded', partially_refunded: 'Partly refunded'
      }
    },
    nl: {
      open: 'Chat openen', close: 'Chat sluiten', title: 'Chat met ons',
      intro: 'Vertel ons wie je bent, dan antwoorden we hier of per e-mail.',
      name: 'Naam', email: 'E-mail', start: 'Chat starten',
      nameRequired: 'Vul je naam in.', emailInvalid: 'Vul een geldig e-mailadres in.',
      placeholder: 'Schrijf een bericht…', send: 'Versturen',
      orderStatus: 'Ik wil weten hoe het met mijn bestelling staat',
      orderNumber: 'Bestelnummer', check: 'Status bekijken', cancel: 'Annuleren',
      orderRequired: 'Vul je bestelnummer en e-mailadres in.',
      orderNotFound: 'We konden geen bestelling vinden met dat nummer en e-mailadres.',
      tooMany: 'Te veel pogingen. Probeer het over een paar minuten opnieuw.',
      orderTitle: 'Bestelling {number}', fulfillment: 'Verzending', payment: 'Betaling',
      track: 'Volg je pakket', statusPage: 'Bekijk de bestelstatus',
      viewProduct: 'Bekijk product', applyDiscount: 'Toepassen op winkelwagen', applied: 'Toegepast op je winkelwagen',
      discountApplied: 'Kortingscode {code} toegepast', discountFailed: 'Deze kortingscode kan niet worden gebruikt.',
      connecting: 'Verbinden…', offline: 'Verbinding verbroken. Opnieuw verbinden…', failed: 'Er ging iets mis. Probeer het opnieuw.',
      sending: 'Versturen…', you: 'Jij', shop: 'Winkel',
      verifyIntro: 'We kennen dit e-mailadres al. Bevestig dat het van jou is om je eerdere berichten te zien en je winkelwagen te gebruiken.',
      sendCode: 'Stuur me een code', codeSent: 'We hebben een code van 6 cijfers gestuurd naar {address}.', codeLabel: 'Code uit de e-mail',
      confirmCode: 'Bevestigen', wrongCode: 'Dat is niet de code uit de e-mail.', codeExpired: 'Deze code werkt niet meer. Vraag een nieuwe aan.',
      verifyUnavailable: 'Deze winkel kan nu geen e-mail versturen, dus het adres kan niet worden bevestigd.',
      verifyFirst: 'Bevestig eerst je e-mailadres (bovenaan de chat).', confirmed: 'E-mailadres bevestigd.',
      status: {
        fulfilled: 'Verzonden', unfulfilled: 'Nog niet verzonden', partially_fulfilled: 'Deels verzonden',
        paid: 'Betaald', pending: 'In behandeling', refunded: 'Terugbetaald', partially_refunded: 'Deels terugbetaald'
      }
    },
    fr: {
      open: 'Ouvrir le chat', close: 'Fermer le chat', title: 'Discutez avec nous',
      intro: 'Dites-nous qui vous êtes, nous vous répondrons ici ou par e-mail.',
      name: 'Nom', email: 'E-mail', start: 'Démarrer le chat',
      nameRequired: 'Veuillez saisir votre nom.', emailInvalid: 'Veuillez saisir une adresse e-mail valide.',
      placeholder: 'Écrivez un message…', send: 'Envoyer',
      orderStatus: "Je voudrais connaître l'état de ma commande",
      orderNumber: 'Numéro de commande', check: "Voir l'état", cancel: 'Annuler',
      orderRequired: 'Veuillez saisir votre numéro de commande et votre adresse e-mail.',
      orderNotFound: 'Nous ne trouvons aucune commande avec ce numéro et cette adresse e-mail.',
      tooMany: 'Trop de tentatives. Réessayez dans quelques minutes.',
      orderTitle: 'Commande {number}', fulfillment: 'Expédition', payment: 'Paiement',
      track: 'Suivre votre colis', statusPage: "Voir l'état de la commande",
      viewProduct: 'Voir le produit', applyDiscount: 'Appliquer au panier', applied: 'Appliqué à votre panier',
      discountApplied: 'Code promo {code} appliqué', discountFailed: 'Ce code promo ne peut pas être utilisé.',
      connecting: 'Connexion…', offline: 'Connexion perdue. Reconnexion…', failed: 'Une erreur est survenue. Veuillez réessayer.',
      sending: 'Envoi…', you: 'Vous', shop: 'Boutique',
      verifyIntro: 'Nous connaissons déjà cette adresse e-mail. Confirmez qu’elle est à vous pour voir vos messages précédents et utiliser votre panier.',
      sendCode: 'M’envoyer un code', codeSent: 'Nous avons envoyé un code à 6 chiffres à {address}.', codeLabel: 'Code reçu par e-mail',
      confirmCode: 'Confirmer', wrongCode: 'Ce n’est pas le code de l’e-mail.', codeExpired: 'Ce code ne fonctionne plus. Demandez-en un nouveau.',
      verifyUnavailable: 'Cette boutique ne peut pas envoyer d’e-mail pour le moment : l’adresse ne peut pas être confirmée.',
      verifyFirst: 'Confirmez d’abord votre adresse e-mail (en haut du chat).', confirmed: 'Adresse e-mail confirmée.',
      status: {
        fulfilled: 'Expédiée', unfulfilled: 'Pas encore expédiée', partially_fulfilled: 'Partiellement expédiée',
        paid: 'Payée', pending: 'En attente', refunded: 'Remboursée', partially_refunded: 'Partiellement remboursée'
      }
    },
    de: {
      open: 'Chat öffnen', close: 'Chat schließen', title: 'Chatten Sie mit uns',
      intro: 'Sagen Sie uns, wer Sie sind – wir antworten hier oder per E-Mail.',
      name: 'Name', email: 'E-Mail', start: 'Chat starten',
      nameRequired: 'Bitte geben Sie Ihren Namen ein.', emailInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
      placeholder: 'Nachricht schreiben…', send: 'Senden',
      orderStatus: 'Ich möchte den Status meiner Bestellung wissen',
      orderNumber: 'Bestellnummer', check: 'Status abfragen', cancel: 'Abbrechen',
      orderRequired: 'Bitte geben Sie Ihre Bestellnummer und E-Mail-Adresse ein.',
      orderNotFound: 'Wir konnten keine Bestellung mit dieser Nummer und E-Mail-Adresse finden.',
      tooMany: 'Zu viele Versuche. Bitte versuche es in ein paar Minuten erneut.',
      orderTitle: 'Bestellung {number}', fulfillment: 'Versand', payment: 'Zahlung',
      track: 'Sendung verfolgen', statusPage: 'Bestellstatus ansehen',
      viewProduct: 'Produkt ansehen', applyDiscount: 'Im Warenkorb anwenden', applied: 'In Ihrem Warenkorb angewendet',
      discountApplied: 'Rabattcode {code} angewendet', discountFailed: 'Dieser Rabattcode kann nicht verwendet werden.',
      connecting: 'Verbinden…', offline: 'Verbindung unterbrochen. Neu verbinden…', failed: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
      sending: 'Senden…', you: 'Sie', shop: 'Shop',
      verifyIntro: 'Diese E-Mail-Adresse kennen wir bereits. Bestätigen Sie, dass es Ihre ist, um Ihre früheren Nachrichten zu sehen und Ihren Warenkorb zu nutzen.',
      sendCode: 'Code per E-Mail senden', codeSent: 'Wir haben einen 6-stelligen Code an {address} gesendet.', codeLabel: 'Code aus der E-Mail',
      confirmCode: 'Bestätigen', wrongCode: 'Das ist nicht der Code aus der E-Mail.', codeExpired: 'Dieser Code funktioniert nicht mehr. Fordern Sie einen neuen an.',
      verifyUnavailable: 'Dieser Shop kann gerade keine E-Mails senden, daher kann die Adresse nicht bestätigt werden.',
      verifyFirst: 'Bestätigen Sie zuerst Ihre E-Mail-Adresse (oben im Chat).', confirmed: 'E-Mail-Adresse bestätigt.',
      status: {
        fulfilled: 'Versandt', unfulfilled: 'Noch nicht versandt', partially_fulfilled: 'Teilweise versandt',
        paid: 'Bezahlt', pending: 'Ausstehend', refunded: 'Erstattet', partially_refunded: 'Teilweise erstattet'
      }
    }
  };
  var pageLang = (document.documentElement.getAttribute('lang') || '').trim().toLowerCase();
  var LANG = STRINGS[pageLang.split(/[-_]/)[0]] ? pageLang.split(/[-_]/)[0] : 'en';
  var T = STRINGS[LANG];
  var LOCALE = LANG === 'en' ? 'en' : pageLang || LANG;

  function t(key, values) {
    var text = T[key];
    if (values) {
      Object.keys(values).forEach(function (name) {
        text = text.split('{' + name + '}').join(values[name]);
      });
    }
    return text;
  }

  function statusText(value) {
    if (typeof value !== 'string' || !value) return '';
    return T.status[value] || value.replace(/_/g, ' ');
  }

  // --- small helpers ------------------------------------------------------------------------------------

  /** An element with class names and text; children are appended as nodes. Never parses HTML. */
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function svgIcon(paths, size) {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', String(size));
    svg.setAttribute('height', String(size));
    svg.setAttribute('aria-hidden', 'true');
    paths.forEach(function (d) {
      var path = document.createElementNS(ns, 'path');
      path.setAttribute('d', d);
      path.setAttribute('fill', 'currentColor');
      svg.appendChild(path);
    });
    return svg;
  }

  /** An absolute http(s) URL, or null: javascript: and data: links are never followed. */
  function safeUrl(value) {
    if (typeof value !== 'string' || !value) return null;
    try {
      var url = new URL(value, BASE + '/');
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function link(url, text) {
    var a = el('a', 'sic-link', text);
    a.href = url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }

  function formatMoney(money) {
    if (!money || typeof money.amount !== 'number' || typeof money.currency !== 'string') return '';
    try {
      var format = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: money.currency });
      var digits = format.resolvedOptions().maximumFractionDigits;
      return format.format(money.amount / Math.pow(10, digits));
    } catch (e) {
      return (money.amount / 100).toFixed(2) + ' ' + money.currency;
    }
  }

  function formatTime(text) {
    var date = new Date(text);
    if (isNaN(date.getTime())) return '';
    try {
      return date.toLocaleTimeString(LOCALE, { hour: '2-digit', minute: '2-digit' });
    } catch (e) {
      return '';
    }
  }

  function uuid() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  function isEmail(text) {
    return text.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
  }

  function request(method, path, body, token) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(BASE + path, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      mode: 'cors'
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) {
          var error = new Error((json.error && json.error.message) || response.statusText);
          error.status = response.status;
          error.code = json.error && json.error.code;
          throw error;
        }
        return json;
      });
    });
  }

  // --- state kept in localStorage for one week ----------------------------------------------------------

  function loadState() {
    try {
      var state = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || 'null');
      if (state && typeof state.token === 'string' && state.expires > Date.now()) return state;
      window.localStorage.removeItem(STORAGE_KEY);
    } catch (e) {
      /* storage blocked or corrupt: start fresh */
    }
    return null;
  }

  function saveState() {
    if (!state) return;
    state.expires = Date.now() + WEEK_MS;
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch (e) {
      /* private mode: the chat lasts as long as the page */
    }
  }

  function forgetState() {
    state = null;
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch (e) {
      /* ignore */
    }
  }

  var state = loadState(); // {token, conversation_id, customer_id, name, email, open, discount_code, cart, pending, expires}
  var settings = { visible: true, position: 'bottom-right', color: '#2f6f4e', greeting: '', follow_up: '' };
  var socket = null;
  var socketState = 'idle'; // idle | connecting | open | waiting
  var reconnectDelay = 1000;
  var reconnectTimer = null;
  var messages = []; // server messages of the conversation, oldest first
  var unseen = 0;
  var ui = null;
  var sessionWaiters = [];

  // --- styles -------------------------------------------------------------------------------------------

  var CSS = [
    ':host { all: initial; }',
    '* { box-sizing: border-box; }',
    '.sic { position: fixed; bottom: 20px; z-index: 2147483000; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2328; }',
    '.sic.right { right: 20px; } .sic.left { left: 20px; }',
    '.sic-launcher { width: 58px; height: 58px; border-radius: 50%; border: none; cursor: pointer; color: #fff; background: var(--sic-color); box-shadow: 0 6px 18px rgba(0,0,0,.22); display: flex; align-items: center; justify-content: center; position: relative; }',
    '.sic.right .sic-launcher { margin-left: auto; }',
    '.sic-launcher:focus-visible, .sic button:focus-visible, .sic input:focus-visible, .sic textarea:focus-visible { outline: 3px solid rgba(0,0,0,.35); outline-offset: 2px; }',
    '.sic-badge { position: absolute; top: -2px; right: -2px; min-width: 20px; height: 20px; padding: 0 6px; border-radius: 10px; background: #d1242f; color: #fff; font-size: 12px; font-weight: 600; line-height: 20px; text-align: center; }',
    '.sic-panel { width: 370px; max-width: calc(100vw - 40px); height: 560px; max-height: calc(100vh - 110px); margin-bottom: 14px; background: #fff; border-radius: 16px; box-shadow: 0 12px 40px rgba(0,0,0,.22); display: flex; flex-direction: column; overflow: hidden; }',
    '.sic-panel[hidden] { display: none; }',
    '.sic-header { background: var(--sic-color); color: #fff; padding: 16px 16px 14px 18px; display: flex; align-items: flex-start; gap: 10px; }',
    '.sic-header-text { flex: 1; min-width: 0; }',
    '.sic-title { font-size: 16px; font-weight: 650; margin: 0; overflow-wrap: anywhere; }',
    '.sic-subtitle { font-size: 12.5px; opacity: .9; margin-top: 3px; overflow-wrap: anywhere; }',
    '.sic-close { background: rgba(255,255,255,.16); border: none; color: #fff; width: 30px; height: 30px; border-radius: 50%; cursor: pointer; font-size: 18px; line-height: 30px; padding: 0; flex: none; }',
    '.sic-close:hover { background: rgba(255,255,255,.3); }',
    '.sic-status { background: #fff8c5; color: #6b5300; font-size: 12px; padding: 6px 14px; border-bottom: 1px solid #eee2a0; }',
    '.sic-status[hidden] { display: none; }',
    '.sic-body { flex: 1; overflow-y: auto; padding: 14px 14px 6px; background: #f6f7f9; display: flex; flex-direction: column; gap: 8px; }',
    '.sic-form { padding: 20px 18px; display: flex; flex-direction: column; gap: 12px; background: #fff; flex: 1; overflow-y: auto; }',
    '.sic-intro { margin: 0 0 4px; color: #57606a; }',
    '.sic-field { display: flex; flex-direction: column; gap: 4px; }',
    '.sic-field label { font-size: 12.5px; font-weight: 600; color: #424a53; }',
    '.sic input, .sic textarea { font: inherit; color: inherit; border: 1px solid #d0d7de; border-radius: 8px; padding: 9px 11px; background: #fff; width: 100%; }',
    '.sic input[aria-invalid="true"] { border-color: #d1242f; }',
    '.sic-error { color: #d1242f; font-size: 12.5px; min-height: 0; }',
    '.sic-error:empty { display: none; }',
    '.sic-primary { background: var(--sic-color); color: #fff; border: none; border-radius: 8px; padding: 10px 14px; font: inherit; font-weight: 600; cursor: pointer; }',
    '.sic-primary:disabled { opacity: .6; cursor: default; }',
    '.sic-secondary { background: #fff; color: #24292f; border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 12px; font: inherit; cursor: pointer; }',
    '.sic-row { display: flex; gap: 8px; }',
    '.sic-msg { max-width: 82%; display: flex; flex-direction: column; }',
    '.sic-msg.customer { align-self: flex-end; align-items: flex-end; }',
    '.sic-msg.staff { align-self: flex-start; align-items: flex-start; }',
    '.sic-bubble { padding: 8px 12px; border-radius: 14px; white-space: pre-wrap; overflow-wrap: anywhere; }',
    '.sic-msg.customer .sic-bubble { background: var(--sic-color); color: #fff; border-bottom-right-radius: 4px; }',
    '.sic-msg.staff .sic-bubble { background: #fff; border: 1px solid #e3e6ea; border-bottom-left-radius: 4px; }',
    '.sic-msg.pending .sic-bubble { opacity: .65; }',
    '.sic-meta { font-size: 11px; color: #8b949e; margin: 2px 4px 0; }',
    '.sic-note { align-self: center; max-width: 90%; text-align: center; font-size: 12px; color: #57606a; background: #eceff3; border-radius: 10px; padding: 4px 10px; overflow-wrap: anywhere; }',
    '.sic-card { background: #fff; border: 1px solid #e3e6ea; border-radius: 12px; overflow: hidden; width: 240px; max-width: 100%; }',
    '.sic-card + .sic-card { margin-top: 6px; }',
    '.sic-card img { display: block; width: 100%; height: 150px; object-fit: cover; background: #eef0f2; }',
    '.sic-card-body { padding: 9px 12px 11px; display: flex; flex-direction: column; gap: 3px; }',
    '.sic-card-title { font-weight: 600; overflow-wrap: anywhere; }',
    '.sic-card-price { color: #424a53; }',
    '.sic-link { color: var(--sic-color); font-weight: 600; text-decoration: none; overflow-wrap: anywhere; }',
    '.sic-link:hover { text-decoration: underline; }',
    '.sic-discount { background: #fff; border: 1px dashed var(--sic-color); border-radius: 12px; padding: 10px 12px; width: 240px; max-width: 100%; display: flex; flex-direction: column; gap: 6px; }',
    '.sic-code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-weight: 700; font-size: 15px; letter-spacing: .04em; overflow-wrap: anywhere; }',
    '.sic-summary { color: #57606a; font-size: 13px; overflow-wrap: anywhere; }',
    '.sic-applied { color: #1a7f37; font-weight: 600; font-size: 13px; }',
    '.sic-discount-bar { background: #dafbe1; color: #116329; font-size: 12.5px; font-weight: 600; padding: 6px 14px; border-bottom: 1px solid #aceebb; }',
    '.sic-discount-bar[hidden] { display: none; }',
    '.sic-verify { background: #fff8e6; border-bottom: 1px solid #f0d9a8; padding: 10px 14px; display: flex; flex-direction: column; gap: 8px; font-size: 13px; color: #4d3800; }',
    '.sic-verify[hidden] { display: none; }',
    '.sic-verify p { margin: 0; overflow-wrap: anywhere; }',
    '.sic-verify .sic-row { align-items: center; flex-wrap: wrap; }',
    '.sic-verify input { width: 9em; flex: none; letter-spacing: .2em; font-variant-numeric: tabular-nums; }',
    '.sic-chip-row { padding: 8px 12px 0; background: #fff; border-top: 1px solid #e3e6ea; }',
    '.sic-chip { background: #fff; border: 1px solid var(--sic-color); color: var(--sic-color); border-radius: 16px; padding: 5px 11px; font: inherit; font-size: 12.5px; cursor: pointer; }',
    '.sic-chip:hover { background: #f6f7f9; }',
    '.sic-composer { display: flex; gap: 8px; padding: 8px 12px 12px; background: #fff; align-items: flex-end; }',
    '.sic-composer textarea { resize: none; height: 40px; max-height: 120px; }',
    '.sic-order { background: #fff; border: 1px solid #e3e6ea; border-radius: 12px; padding: 12px; display: flex; flex-direction: column; gap: 8px; align-self: stretch; }',
    '.sic-order-title { font-weight: 650; }',
    '.sic-order dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; }',
    '.sic-order dt { color: #57606a; } .sic-order dd { margin: 0; font-weight: 600; }',
    '.sic-order.error { border-color: #f2b8bc; background: #fff5f5; color: #a40e26; }'
  ].join('\n');

  // --- the user interface -------------------------------------------------------------------------------

  function build() {
    var host = document.createElement('div');
    host.id = 'shop-inbox-chat';
    var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
    var style = document.createElement('style');
    style.textContent = CSS;
    root.appendChild(style);

    var color = /^#[0-9a-fA-F]{6}$/.test(settings.color || '') ? settings.color : '#2f6f4e';
    var container = el('div', 'sic ' + (settings.position === 'bottom-left' ? 'left' : 'right'));
    container.style.setProperty('--sic-color', color);
    container.setAttribute('lang', LANG);

    var panel = el('div', 'sic-panel');
    panel.hidden = true;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', t('title'));

    var header = el('div', 'sic-header');
    var headerText = el('div', 'sic-header-text');
    var title = el('h2', 'sic-title', settings.greeting || t('title'));
    var subtitle = el('div', 'sic-subtitle');
    headerText.appendChild(title);
    headerText.appendChild(subtitle);
    var closeButton = el('button', 'sic-close', '×');
    closeButton.type = 'button';
    closeButton.setAttribute('aria-label', t('close'));
    closeButton.addEventListener('click', function () { setOpen(false); });
    header.appendChild(headerText);
    header.appendChild(closeButton);

    var status = el('div', 'sic-status');
    status.hidden = true;
    status.setAttribute('role', 'status');

    panel.appendChild(header);
    panel.appendChild(status);

    var launcher = el('button', 'sic-launcher');
    launcher.type = 'button';
    launcher.setAttribute('aria-label', t('open'));
    launcher.appendChild(svgIcon(['M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2zm3 6a1.3 1.3 0 1 0 0 .01zm5 0a1.3 1.3 0 1 0 0 .01zm5 0a1.3 1.3 0 1 0 0 .01z'], 28));
    var badge = el('span', 'sic-badge');
    badge.hidden = true;
    launcher.appendChild(badge);
    launcher.addEventListener('click', function () { setOpen(panel.hidden); });

    container.appendChild(panel);
    container.appendChild(launcher);
    root.appendChild(container);
    document.body.appendChild(host);

    ui = {
      host: host, root: root, container: container, panel: panel, title: title, subtitle: subtitle,
      status: status, launcher: launcher, badge: badge, view: null
    };
  }

  function setOpen(open) {
    if (!ui) return;
    ui.panel.hidden = !open;
    ui.launcher.setAttribute('aria-label', open ? t('close') : t('open'));
    ui.launcher.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open) {
      unseen = 0;
      updateBadge();
      if (ui.list) scrollToEnd();
      var focus = ui.panel.querySelector('textarea, input');
      if (focus) focus.focus();
    }
    if (state) {
      state.open = open;
      saveState();
    }
  }

  function updateBadge() {
    if (!ui) return;
    ui.badge.hidden = unseen === 0;
    ui.badge.textContent = unseen > 9 ? '9+' : String(unseen);
  }

  function setStatus(text) {
    if (!ui) return;
    ui.status.hidden = !text;
    ui.status.textContent = text || '';
  }

  function replaceView(view) {
    if (ui.view) ui.view.forEach(function (node) { node.remove(); });
    ui.view = view;
    view.forEach(function (node) { ui.panel.appendChild(node); });
  }

  function field(labelText, input, id) {
    var wrap = el('div', 'sic-field');
    var label = el('label', null, labelText);
    input.id = id;
    label.htmlFor = id;
    var error = el('div', 'sic-error');
    error.id = id + '-error';
    error.setAttribute('aria-live', 'polite');
    input.setAttribute('aria-describedby', error.id);
    wrap.appendChild(label);
    wrap.appendChild(input);
    wrap.appendChild(error);
    return { wrap: wrap, input: input, error: error };
  }

  function showPreChat() {
    ui.list = null;
    ui.discountBar = null;
    ui.subtitle.textContent = '';
    var form = el('form', 'sic-form');
    form.noValidate = true;
    form.appendChild(el('p', 'sic-intro', t('intro')));
    var nameInput = el('input');
    nameInput.type = 'text';
    nameInput.autocomplete = 'name';
    nameInput.maxLength = 200;
    nameInput.name = 'name';
    var emailInput = el('input');
    emailInput.type = 'email';
    emailInput.autocomplete = 'email';
    emailInput.maxLength = 254;
    emailInput.name = 'email';
    var name = field(t('name'), nameInput, 'sic-name');
    var email = field(t('email'), emailInput, 'sic-email');
    var formError = el('div', 'sic-error');
    formError.setAttribute('role', 'alert');
    var submit = el('button', 'sic-primary', t('start'));
    submit.type = 'submit';
    form.appendChild(name.wrap);
    form.appendChild(email.wrap);
    form.appendChild(formError);
    form.appendChild(submit);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var nameValue = nameInput.value.trim();
      var emailValue = emailInput.value.trim();
      name.error.textContent = nameValue ? '' : t('nameRequired');
      email.error.textContent = isEmail(emailValue) ? '' : t('emailInvalid');
      nameInput.setAttribute('aria-invalid', nameValue ? 'false' : 'true');
      emailInput.setAttribute('aria-invalid', isEmail(emailValue) ? 'false' : 'true');
      formError.textContent = '';
      if (!nameValue) { nameInput.focus(); return; }
      if (!isEmail(emailValue)) { emailInput.focus(); return; }
      submit.disabled = true;
      request('POST', '/storefront/v1/sessions', { name: nameValue, email: emailValue })
        .then(function (session) {
          state = {
            token: session.session_token, conversation_id: session.conversation_id,
            customer_id: session.customer_id, name: session.name || nameValue, email: emailValue,
            confirmed: session.confirmed !== false,
            open: true, discount_code: null, cart: null, pending: []
          };
          saveState();
          showChat();
          connect();
          var waiters = sessionWaiters;
          sessionWaiters = [];
          waiters.forEach(function (resolve) { resolve(state); });
        })
        .catch(function (error) {
          submit.disabled = false;
          if (error.code === 'invalid_email') {
            email.error.textContent = t('emailInvalid');
            emailInput.setAttribute('aria-invalid', 'true');
          } else {
            formError.textContent = t('failed');
          }
        });
    });
    replaceView([form]);
  }

  function showChat() {
    ui.subtitle.textContent = state.name ? state.name + ' · ' + state.email : state.email;
    var list = el('div', 'sic-body');
    list.setAttribute('role', 'log');
    list.setAttribute('aria-live', 'polite');
    var chips = el('div', 'sic-chip-row');
    var orderChip = el('button', 'sic-chip', t('orderStatus'));
    orderChip.type = 'button';
    orderChip.addEventListener('click', showOrderForm);
    chips.appendChild(orderChip);
    var composer = el('form', 'sic-composer');
    var input = el('textarea');
    input.rows = 1;
    input.maxLength = MAX_BODY;
    input.placeholder = t('placeholder');
    input.setAttribute('aria-label', t('placeholder'));
    var send = el('button', 'sic-primary', t('send'));
    send.type = 'submit';
    composer.appendChild(input);
    composer.appendChild(send);
    composer.addEventListener('submit', function (event) {
      event.preventDefault();
      var text = input.value;
      if (!text.trim()) return;
      sendMessage(text);
      input.value = '';
      input.focus();
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        composer.requestSubmit ? composer.requestSubmit() : composer.dispatchEvent(new Event('submit'));
      }
    });
    var discountBar = el('div', 'sic-discount-bar');
    discountBar.hidden = true;
    discountBar.setAttribute('role', 'status');
    var verifyBar = el('div', 'sic-verify');
    verifyBar.hidden = true;
    ui.list = list;
    ui.discountBar = discountBar;
    ui.verifyBar = verifyBar;
    ui.orderCard = null;
    replaceView([verifyBar, discountBar, list, chips, composer]);
    if (state.confirmed === false) showVerifyOffer();
    renderMessages();
  }

  function scrollToEnd() {
    ui.list.scrollTop = ui.list.scrollHeight;
  }

  // --- messages -----------------------------------------------------------------------------------------

  function renderMessages() {
    if (!ui || !ui.list) return;
    var keep = ui.orderCard && ui.orderCard.parentNode === ui.list ? ui.orderCard : null;
    while (ui.list.firstChild) ui.list.removeChild(ui.list.firstChild);
    // The follow-up and away messages come from the server as system messages (it knows business hours).
    messages.forEach(function (message) {
      ui.list.appendChild(renderMessage(message, false));
    });
    if (ui.discountBar) {
      ui.discountBar.hidden = !(state && state.discount_code);
      ui.discountBar.textContent = state && state.discount_code ? '✓ ' + t('discountApplied', { code: state.discount_code }) : '';
    }
    (state && state.pending || []).forEach(function (pending) {
      ui.list.appendChild(renderMessage({ author: 'customer', kind: 'text', body: pending.body, client_id: pending.client_id }, true));
    });
    if (keep) ui.list.appendChild(keep);
    scrollToEnd();
  }

  function renderMessage(message, pending) {
    if (message.kind === 'cart_event' || message.kind === 'system' || message.author === 'system') {
      var note = el('div', 'sic-note', message.body);
      note.dataset.kind = message.kind;
      return note;
    }
    var wrap = el('div', 'sic-msg ' + (message.author === 'customer' ? 'customer' : 'staff') + (pending ? ' pending' : ''));
    wrap.dataset.kind = message.kind;
    if (message.id) wrap.dataset.id = String(message.id);
    if (message.body && message.kind !== 'text') wrap.appendChild(el('div', 'sic-bubble', message.body));
    if (message.kind === 'text') {
      wrap.appendChild(el('div', 'sic-bubble', message.body));
    } else if (message.kind === 'products' && Array.isArray(message.products)) {
      message.products.forEach(function (product) { wrap.appendChild(productCard(product)); });
    } else if (message.kind === 'discount' && message.discount) {
      wrap.appendChild(discountCard(message.discount));
    } else if (message.kind === 'image' && message.image) {
      var src = safeUrl(message.image.url);
      if (src) {
        var card = el('div', 'sic-card');
        var img = el('img');
        img.src = src;
        img.alt = '';
        img.loading = 'lazy';
        card.appendChild(img);
        wrap.appendChild(card);
      }
    }
    var meta = pending ? t('sending') : formatTime(message.created_at);
    if (meta) wrap.appendChild(el('div', 'sic-meta', meta));
    return wrap;
  }

  function productCard(product) {
    var card = el('div', 'sic-card');
    card.dataset.productId = String(product.product_id);
    var image = safeUrl(product.image_url);
    if (image) {
      var img = el('img');
      img.src = image;
      img.alt = product.title || '';
      img.loading = 'lazy';
      card.appendChild(img);
    }
    var body = el('div', 'sic-card-body');
    body.appendChild(el('div', 'sic-card-title', product.title));
    body.appendChild(el('div', 'sic-card-price', formatMoney(product.price)));
    var url = safeUrl(product.url);
    if (url) body.appendChild(link(url, t('viewProduct')));
    card.appendChild(body);
    return card;
  }

  function discountCard(discount) {
    var card = el('div', 'sic-discount');
    card.dataset.code = discount.code;
    card.appendChild(el('div', 'sic-code', discount.code));
    if (discount.summary) card.appendChild(el('div', 'sic-summary', discount.summary));
    var applied = state && state.discount_code && state.discount_code.toLowerCase() === String(discount.code).toLowerCase();
    if (applied) {
      card.appendChild(el('div', 'sic-applied', '✓ ' + t('applied')));
    } else {
      var button = el('button', 'sic-primary', t('applyDiscount'));
      button.type = 'button';
      var error = el('div', 'sic-error');
      button.addEventListener('click', function () {
        button.disabled = true;
        error.textContent = '';
        applyDiscount(discount.code).catch(function (e) {
          button.disabled = false;
          error.textContent = e.code === 'discount_inactive' ? t('discountFailed')
            : e.code === 'verification_required' ? t('verifyFirst') : t('failed');
          if (e.code === 'verification_required' && state) {
            state.confirmed = false;
            showVerifyOffer();
          }
        });
      });
      card.appendChild(button);
      card.appendChild(error);
    }
    return card;
  }

  function addMessage(message) {
    if (!message || typeof message.id !== 'number') return;
    var replaced = false;
    for (var i = 0; i < messages.length; i++) {
      if (messages[i].id === message.id) {
        messages[i] = message;
        replaced = true;
        break;
      }
    }
    if (!replaced) {
      messages.push(message);
      messages.sort(function (a, b) {
        return (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id);
      });
      if (message.author !== 'customer' && ui && ui.panel.hidden) {
        unseen++;
        updateBadge();
      }
    }
    if (state && message.client_id) {
      state.pending = (state.pending || []).filter(function (p) { return p.client_id !== message.client_id; });
      saveState();
    }
    renderMessages();
  }

  function sendMessage(text) {
    var pending = { client_id: uuid(), body: text.slice(0, MAX_BODY) };
    state.pending = (state.pending || []).concat([pending]);
    saveState();
    renderMessages();
    flushPending();
  }

  function flushPending() {
    if (!socket || socketState !== 'open' || !state) return;
    (state.pending || []).forEach(function (pending) {
      socket.send(JSON.stringify({ type: 'message', client_id: pending.client_id, body: pending.body }));
    });
  }

  // --- the chat socket ----------------------------------------------------------------------------------

  function connect() {
    if (!state || socket) return;
    clearTimeout(reconnectTimer);
    socketState = 'connecting';
    var ws;
    try {
      ws = new WebSocket(WS_BASE + '/storefront/v1/chat?session=' + encodeURIComponent(state.token));
    } catch (e) {
      scheduleReconnect();
      return;
    }
    socket = ws;
    ws.onopen = function () {
      socketState = 'open';
      reconnectDelay = 1000;
      setStatus('');
    };
    ws.onmessage = function (event) {
      var frame;
      try { frame = JSON.parse(event.data); } catch (e) { return; }
      if (!frame || typeof frame !== 'object') return;
      if (frame.type === 'hello') {
        messages = Array.isArray(frame.messages) ? frame.messages.slice() : [];
        renderMessages();
        flushPending();
      } else if (frame.type === 'message') {
        addMessage(frame.message);
      } else if (frame.type === 'error' && frame.client_id && state) {
        // A refused message will never be accepted as it is: drop it rather than resend it forever.
        state.pending = (state.pending || []).filter(function (p) { return p.client_id !== frame.client_id; });
        saveState();
        renderMessages();
      }
    };
    ws.onclose = function (event) {
      if (socket !== ws) return;
      socket = null;
      if (event.code === 1008 && event.reason === 'invalid session') {
        // The server does not know this session (e.g. a new database): ask again who the customer is.
        socketState = 'idle';
        forgetState();
        messages = [];
        setStatus('');
        if (ui) showPreChat();
        return;
      }
      scheduleReconnect();
    };
  }

  function scheduleReconnect() {
    socket = null;
    socketState = 'waiting';
    setStatus(t('offline'));
    clearTimeout(reconnectTimer);
    var delay = reconnectDelay * (0.75 + Math.random() * 0.5);
    reconnectDelay = Math.min(reconnectDelay * 2, 30000);
    reconnectTimer = setTimeout(connect, delay);
  }

  window.addEventListener('online', function () {
    if (state && !socket) {
      reconnectDelay = 1000;
      connect();
    }
  });

  // --- proving the email address -------------------------------------------------------------------------
  // An address the shop already knows proves nothing: the chat is the visitor's own until a code mailed to
  // the address is typed here. Then it joins the customer's conversation (the socket reconnects for it).

  function showVerifyOffer(message) {
    var bar = ui && ui.verifyBar;
    if (!bar) return;
    while (bar.firstChild) bar.removeChild(bar.firstChild);
    bar.hidden = false;
    bar.appendChild(el('p', null, message || t('verifyIntro')));
    var row = el('div', 'sic-row');
    var ask = el('button', 'sic-secondary', t('sendCode'));
    ask.type = 'button';
    var error = el('div', 'sic-error');
    error.setAttribute('role', 'alert');
    ask.addEventListener('click', function () {
      ask.disabled = true;
      error.textContent = '';
      request('POST', '/storefront/v1/verification', undefined, state.token)
        .then(function (sent) { showCodeForm(sent.sent_to); })
        .catch(function (e) {
          ask.disabled = false;
          if (e.code === 'already_confirmed') return confirmedNow(null);
          if (e.code === 'verification_unavailable') ask.remove();
          error.textContent = e.code === 'verification_unavailable' ? t('verifyUnavailable')
            : e.code === 'rate_limited' ? t('tooMany') : t('failed');
        });
    });
    row.appendChild(ask);
    bar.appendChild(row);
    bar.appendChild(error);
  }

  function showCodeForm(address) {
    var bar = ui.verifyBar;
    while (bar.firstChild) bar.removeChild(bar.firstChild);
    var form = el('form');
    form.noValidate = true;
    // No line break right after the "…" of the masked address (it would read as two words); a long domain
    // still wraps.
    var sentText = el('p');
    var parts = t('codeSent').split('{address}');
    sentText.appendChild(document.createTextNode(parts[0]));
    var where = el('strong', null, String(address).replace('…', '…\u2060'));
    sentText.appendChild(where);
    sentText.appendChild(document.createTextNode(parts.slice(1).join('')));
    form.appendChild(sentText);
    var row = el('div', 'sic-row');
    var input = el('input');
    input.type = 'text';
    input.inputMode = 'numeric';
    input.autocomplete = 'one-time-code';
    input.maxLength = 6;
    input.id = 'sic-code';
    input.setAttribute('aria-label', t('codeLabel'));
    input.placeholder = '123456';
    var submit = el('button', 'sic-primary', t('confirmCode'));
    submit.type = 'submit';
    var again = el('button', 'sic-secondary', t('sendCode'));
    again.type = 'button';
    again.addEventListener('click', function () { showVerifyOffer(); });
    row.appendChild(input);
    row.appendChild(submit);
    row.appendChild(again);
    var error = el('div', 'sic-error');
    error.setAttribute('role', 'alert');
    form.appendChild(row);
    form.appendChild(error);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var code = input.value.replace(/\s+/g, '');
      if (!/^[0-9]{6}$/.test(code)) { error.textContent = t('wrongCode'); input.focus(); return; }
      submit.disabled = true;
      error.textContent = '';
      request('POST', '/storefront/v1/verification/confirm', { code: code }, state.token)
        .then(confirmedNow)
        .catch(function (e) {
          submit.disabled = false;
          if (e.code === 'already_confirmed') return confirmedNow(null);
          error.textContent = e.code === 'invalid_code' ? t('wrongCode')
            : e.code === 'code_expired' ? t('codeExpired') : t('failed');
          input.select();
        });
    });
    bar.appendChild(form);
    input.focus();
  }

  function confirmedNow(answer) {
    if (!state) return;
    state.confirmed = true;
    if (answer) {
      state.conversation_id = answer.conversation_id;
      state.customer_id = answer.customer_id;
      if (answer.name) state.name = answer.name;
    }
    saveState();
    if (ui && ui.verifyBar) {
      while (ui.verifyBar.firstChild) ui.verifyBar.removeChild(ui.verifyBar.firstChild);
      ui.verifyBar.appendChild(el('p', null, '✓ ' + t('confirmed')));
      ui.verifyBar.setAttribute('role', 'status');
      ui.subtitle.textContent = state.name ? state.name + ' · ' + state.email : state.email;
    }
    // The customer's conversation comes with the next hello.
    if (socket) {
      var old = socket;
      socket = null;
      old.close();
    }
    connect();
  }

  // --- cart and discount --------------------------------------------------------------------------------

  function setCart(cart) {
    if (!state) return cart;
    state.cart = cart;
    if (cart && cart.discount_code) state.discount_code = cart.discount_code;
    saveState();
    try {
      window.dispatchEvent(new CustomEvent('shopinboxchat:cart', { detail: cart }));
    } catch (e) {
      /* old browsers */
    }
    return cart;
  }

  function applyDiscount(code) {
    return withSession().then(function (session) {
      return request('POST', '/storefront/v1/cart', { action: 'apply_discount', discount_code: code }, session.token);
    }).then(function (cart) {
      setCart(cart);
      state.discount_code = cart.discount_code || code;
      saveState();
      renderMessages();
      return cart;
    });
  }

  function cartChange(action, productId, variantId, quantity) {
    return withSession().then(function (session) {
      return request('POST', '/storefront/v1/cart', {
        action: action, product_id: productId, variant_id: variantId, quantity: quantity || 1
      }, session.token);
    }).then(setCart, function (e) {
      // A chat that only typed a known address cannot touch that customer's cart: offer the code.
      if (e.code === 'verification_required' && state && ui) {
        state.confirmed = false;
        showVerifyOffer();
      }
      throw e;
    });
  }

  /** The chat session; when there is none yet, the chat opens and asks for name and email first. */
  function withSession() {
    if (state) return Promise.resolve(state);
    if (!ui) return Promise.reject(new Error('the chat is not available'));
    setOpen(true);
    return new Promise(function (resolve) { sessionWaiters.push(resolve); });
  }

  // --- order status -------------------------------------------------------------------------------------

  function showOrderForm() {
    if (ui.orderCard) ui.orderCard.remove();
    var card = el('form', 'sic-order');
    card.noValidate = true;
    card.appendChild(el('div', 'sic-order-title', t('orderStatus')));
    var numberInput = el('input');
    numberInput.type = 'text';
    numberInput.maxLength = 40;
    numberInput.name = 'order_number';
    numberInput.placeholder = '#1001';
    var emailInput = el('input');
    emailInput.type = 'email';
    emailInput.maxLength = 254;
    emailInput.name = 'order_email';
    emailInput.value = state && state.email || '';
    var number = field(t('orderNumber'), numberInput, 'sic-order-number');
    var email = field(t('email'), emailInput, 'sic-order-email');
    var error = el('div', 'sic-error');
    error.setAttribute('role', 'alert');
    var row = el('div', 'sic-row');
    var check = el('button', 'sic-primary', t('check'));
    check.type = 'submit';
    var cancel = el('button', 'sic-secondary', t('cancel'));
    cancel.type = 'button';
    cancel.addEventListener('click', function () { card.remove(); ui.orderCard = null; });
    row.appendChild(check);
    row.appendChild(cancel);
    card.appendChild(number.wrap);
    card.appendChild(email.wrap);
    card.appendChild(error);
    card.appendChild(row);
    card.addEventListener('submit', function (event) {
      event.preventDefault();
      var numberValue = numberInput.value.trim();
      var emailValue = emailInput.value.trim();
      if (!numberValue || !emailValue) {
        error.textContent = t('orderRequired');
        scrollToEnd();
        return;
      }
      check.disabled = true;
      error.textContent = '';
      // With the session (when there is one): lookups are limited per chat as well as per address.
      request('POST', '/storefront/v1/order-status', { order_number: numberValue, email: emailValue },
        state && state.token ? state.token : undefined)
        .then(function (order) {
          var result = orderResult(order);
          card.replaceWith(result);
          ui.orderCard = result;
          scrollToEnd();
        })
        .catch(function (e) {
          check.disabled = false;
          error.textContent = e.code === 'order_not_found' ? t('orderNotFound')
            : e.code === 'rate_limited' ? t('tooMany')
            : e.status === 400 ? t('orderRequired') : t('failed');
          scrollToEnd();
        });
    });
    ui.list.appendChild(card);
    ui.orderCard = card;
    scrollToEnd();
    numberInput.focus();
  }

  function orderResult(order) {
    var card = el('div', 'sic-order result');
    card.appendChild(el('div', 'sic-order-title', t('orderTitle', { number: order.order_number })));
    var list = el('dl');
    list.appendChild(el('dt', null, t('fulfillment')));
    var fulfillment = el('dd', null, statusText(order.fulfillment_status));
    fulfillment.dataset.status = order.fulfillment_status;
    list.appendChild(fulfillment);
    if (order.financial_status) {
      list.appendChild(el('dt', null, t('payment')));
      list.appendChild(el('dd', null, statusText(order.financial_status)));
    }
    card.appendChild(list);
    var tracking = safeUrl(order.tracking_url);
    var statusPage = safeUrl(order.status_page_url);
    if (tracking) card.appendChild(link(tracking, t('track')));
    else if (statusPage) card.appendChild(link(statusPage, t('statusPage')));
    return card;
  }

  // --- start --------------------------------------------------------------------------------------------

  var api = {
    version: 1,
    open: function () { setOpen(true); },
    close: function () { setOpen(false); },
    addToCart: function (productId, variantId, quantity) { return cartChange('add', productId, variantId, quantity); },
    removeFromCart: function (productId, variantId, quantity) { return cartChange('remove', productId, variantId, quantity); },
    applyDiscount: applyDiscount,
    session: function () {
      return state ? { conversation_id: state.conversation_id, customer_id: state.customer_id, name: state.name, email: state.email, confirmed: state.confirmed !== false } : null;
    },
    cart: function () { return state ? state.cart : null; },
    discountCode: function () { return state ? state.discount_code : null; },
    ready: null
  };
  var resolveReady;
  api.ready = new Promise(function (resolve) { resolveReady = resolve; });
  window.ShopInboxChat = api;

  function start() {
    request('GET', '/storefront/v1/settings')
      .catch(function () { return {}; })
      .then(function (loaded) {
        Object.keys(loaded || {}).forEach(function (key) { settings[key] = loaded[key]; });
        if (settings.visible === false) return false; // the merchant hid the chat
        build();
        if (state) {
          showChat();
          setStatus(t('connecting'));
          connect();
          if (state.open) setOpen(true);
        } else {
          showPreChat();
        }
        return true;
      })
      .then(resolveReady);
  }

  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
})();
