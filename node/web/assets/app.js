// The RMS web view: renders the snapshots that /api/events streams (or
// /api/snapshot, polled, where EventSource is missing). Every string from
// the node goes into the page as text, never as markup.
"use strict";

(function () {
  var SVGNS = "http://www.w3.org/2000/svg";
  var current = null;

  function h(tag, attrs) {
    var el = document.createElement(tag);
    setAttrs(el, attrs);
    for (var i = 2; i < arguments.length; i++) add(el, arguments[i]);
    return el;
  }
  function s(tag, attrs) {
    var el = document.createElementNS(SVGNS, tag);
    setAttrs(el, attrs);
    for (var i = 2; i < arguments.length; i++) add(el, arguments[i]);
    return el;
  }
  function setAttrs(el, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      el.setAttribute(k, v === true ? "" : String(v));
    });
  }
  function add(el, c) {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) { c.forEach(function (x) { add(el, x); }); return; }
    el.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
  }
  function replace(el, content) {
    while (el.firstChild) el.removeChild(el.firstChild);
    add(el, content);
  }

  function short(x) {
    if (!x) return "";
    x = String(x);
    return x.length > 14 ? x.slice(0, 8) + "…" + x.slice(-4) : x;
  }
  function code(x, full) {
    return h("code", { title: x, "class": full ? "full" : null }, full ? x : short(x));
  }
  function who(addr, name) {
    return name ? h("span", { "class": "who" }, h("strong", null, name), " ", code(addr)) : code(addr);
  }
  function when(unix) {
    if (!unix) return "";
    var d = new Date(unix * 1000);
    return d.toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z");
  }
  function dur(sec) {
    sec = Number(sec) || 0;
    var hr = Math.floor(sec / 3600), m = Math.floor(sec % 3600 / 60), r = sec % 60, out = [];
    if (hr) out.push(hr + " h");
    if (m) out.push(m + " min");
    if (r || !out.length) out.push(r + " s");
    return out.join(" ");
  }
  function n(x) { return Number(x).toLocaleString("en"); }
  function label(l) { return l === undefined || l === null ? "" : "label " + l; }

  // A state as an icon and words (never colour alone).
  var STATES = {
    agreed: ["✔", "agreed", "ok"], stands: ["✔", "stands", "ok"], winner: ["✔", "winner", "ok"],
    resolved: ["✔", "resolved", "ok"], active: ["✔", "active", "ok"],
    disputed: ["⚠", "disputed", "warn"], playing: ["⚔", "being played", "warn"], moving: ["⏱", "to move", "warn"],
    pending: ["…", "pending", "info"], claimed: ["✎", "claimed", "info"], waiting: ["…", "waiting", "info"],
    defeated: ["✖", "defeated", "bad"], slashed: ["✖", "slashed", "bad"], failed: ["✖", "failed", "bad"],
    inactive: ["○", "inactive", "bad"]
  };
  function state(key, extra) {
    var st = STATES[key] || ["•", key, "info"];
    return h("span", { "class": "state " + st[2] }, h("span", { "class": "icon", "aria-hidden": "true" }, st[0]), " ", st[1], extra ? " " + extra : "");
  }

  function table(caption, heads, rows) {
    if (!rows.length) return h("p", { "class": "empty" }, "None yet: " + caption.toLowerCase() + ".");
    return h("div", { "class": "scroll", role: "region", "aria-label": caption, tabindex: "0" },
      h("table", null, h("caption", null, caption),
        h("thead", null, h("tr", null, heads.map(function (x) { return h("th", { scope: "col" }, x); }))),
        h("tbody", null, rows.map(function (r) {
          return h("tr", null, r.map(function (c, i) { return i === 0 ? h("th", { scope: "row" }, c) : h("td", null, c); }));
        }))));
  }
  function dl(pairs) {
    return h("dl", { "class": "facts" }, pairs.filter(function (p) { return p[1] !== null && p[1] !== undefined && p[1] !== ""; })
      .map(function (p) { return h("div", null, h("dt", null, p[0]), h("dd", null, p[1])); }));
  }

  function renderChain(c) {
    return dl([
      ["Chain id", String(c.id)], ["Head block", n(c.head)], ["Head time", when(c.head_time)],
      ["Registry", code(c.registry, true)], ["Escrow", code(c.escrow, true)], ["Games", code(c.games, true)]
    ]);
  }

  function renderNodes(nodes) {
    if (!nodes.length) return h("p", { "class": "empty" }, "No node answered.");
    return h("ul", { "class": "cards" }, nodes.map(function (nd) {
      return h("li", { "class": "card" }, h("article", { "aria-label": "node " + nd.name },
        h("h3", null, nd.name, " ", h("span", { "class": "roles" }, nd.roles.map(function (r) { return h("span", { "class": "badge" }, r); }))),
        dl([["Peer id", nd.peer_id ? code(nd.peer_id, true) : ""], ["Ethereum address", nd.address ? code(nd.address, true) : ""],
          ["Started", nd.started ? nd.started.replace("T", " ").replace(/\.\d+Z$/, "Z") : ""],
          ["Listens on", nd.addrs && nd.addrs.length ? h("ul", { "class": "plain" }, nd.addrs.map(function (a) { return h("li", null, h("code", { "class": "full" }, a)); })) : ""]]),
        table("Peers of " + nd.name, ["Peer", "Latency", "Address"], nd.peers.map(function (p) {
          return [p.name ? h("span", null, h("strong", null, p.name), " ", code(p.id)) : code(p.id),
            p.latency_ms > 0 ? p.latency_ms.toFixed(2) + " ms" : "not measured yet",
            (p.addrs || []).map(function (a) { return h("code", { "class": "full" }, a); })];
        }))));
    }));
  }

  function renderServices(svcs) {
    return table("Registered services", ["Service", "Provider", "Model", "Price", "Stake", "Games", "State"], svcs.map(function (v) {
      return [code(v.id), who(v.provider, v.name),
        h("span", null, v.model ? h("strong", null, v.model) : "", " ", v.model_root ? code(v.model_root) : "", h("br"), "class ", code(v.class)),
        v.price.text, h("span", null, v.stake.text, v.reserved.wei !== "0" ? h("br") : "", v.reserved.wei !== "0" ? v.reserved.text + " reserved" : ""),
        String(v.open_games) + " open", state(v.active ? "active" : "inactive")];
    }));
  }

  function renderJobs(jobs) {
    return table("Recent jobs", ["Job", "State", "Claims", "Output that stands"], jobs.map(function (j) {
      var st = j.state === "disputed" && j.standing ? "resolved" : j.state;
      return [h("span", null, code(j.hash), h("br"), h("small", null, j.role + " record of " + j.node)),
        h("span", null, state(st), j.game ? h("span", null, h("br"), h("a", { href: "#game/" + j.game, "data-k": "g" + j.game }, "game " + short(j.game))) : ""),
        h("ul", { "class": "plain claims" }, j.claims.map(function (c) {
          return h("li", null, who(c.provider, c.name), ": ", code(c.output_root), c.label !== undefined ? " (" + label(c.label) + ")" : "", " ", state(c.verdict));
        })),
        j.standing ? h("span", null, code(j.standing), j.label !== undefined ? " (" + label(j.label) + ")" : "") : "—"];
    }));
  }

  function gameState(g) {
    if (!g.done) return state("playing", "(" + g.phase + ")");
    if (g.winner === undefined) return state("resolved", "with no single winner");
    return state("resolved");
  }
  function gameSummary(g) {
    var parts = [];
    if (g.op !== undefined) parts.push("op " + g.op);
    parts.push(g.rounds.length + " rounds");
    if (g.winner !== undefined) {
      var w = g.sides[g.winner], l = g.sides[1 - g.winner];
      parts.push((w.name || short(w.provider)) + " won");
      if (g.slashed) parts.push((l.name || short(l.provider)) + " slashed " + g.slashed.text);
    }
    return parts.join(", ");
  }

  function renderGames(games) {
    if (!games.length) return h("p", { "class": "empty" }, "No game has been opened.");
    return h("ul", { "class": "cards" }, games.map(function (g) {
      return h("li", { "class": "card" }, h("article", { "aria-label": "game " + g.id },
        h("h3", null, h("a", { href: "#game/" + g.id, "data-k": "g" + g.id }, "Game " + short(g.id))),
        h("p", null, gameState(g)), h("p", null, gameSummary(g)),
        narrowing(g, true)));
    }));
  }

  // The dissection drawn as the disputed step range narrowing: each row is
  // the range of one round split into its pieces, the chosen piece marked
  // and widened into the next row.
  function narrowing(g, small) {
    var W = 640, RH = 44, BAR = 14, rows = g.rounds.slice();
    var height = (rows.length + 1) * RH + 4;
    var titleId = "t-" + g.id + (small ? "-s" : ""), descId = "d-" + g.id + (small ? "-s" : "");
    var desc = rows.length ? "From " + n(g.range) + " steps down to steps " + n(g.lo) + " to " + n(g.hi) + " in " + rows.length + " rounds" +
      (g.step !== undefined ? "; the contract executed step " + n(g.step) : "") : "No dissection round yet";
    var kids = [s("title", { id: titleId }, "Dissection of game " + short(g.id)), s("desc", { id: descId }, desc)];
    rows.forEach(function (r, i) {
      var y = i * RH;
      var pieces = Math.max(1, r.pieces), pw = W / pieces;
      kids.push(s("text", { x: 0, y: y + 11, "class": "lbl" }, "round " + (r.round + 1) + ": steps " + n(r.from_lo) + "–" + n(r.from_hi)));
      kids.push(s("rect", { x: 0, y: y + 14, width: W, height: BAR, "class": "range" }));
      if (pieces <= 64) for (var k = 1; k < pieces; k++) kids.push(s("line", { x1: k * pw, x2: k * pw, y1: y + 14, y2: y + 14 + BAR, "class": "tick" }));
      kids.push(s("rect", { x: r.piece * pw, y: y + 14, width: Math.max(pw, 2), height: BAR, "class": "chosen" }));
      var x0 = r.piece * pw, x1 = x0 + Math.max(pw, 2);
      kids.push(s("polygon", { points: [x0, y + 14 + BAR, x1, y + 14 + BAR, W, y + RH + 14, 0, y + RH + 14].join(" "), "class": "zoom" }));
    });
    var y = rows.length * RH;
    var last = g.step !== undefined ? "step " + n(g.step) + " executed on chain" : g.done ? "decided" : "steps " + n(g.lo) + "–" + n(g.hi) + " disputed now";
    kids.push(s("text", { x: 0, y: y + 11, "class": "lbl" }, last));
    kids.push(s("rect", { x: 0, y: y + 14, width: W, height: BAR, "class": g.step !== undefined ? "final" : "range" }));
    return s("svg", { viewBox: "0 0 " + W + " " + height, role: "img", "aria-labelledby": titleId + " " + descId, "class": small ? "narrow small" : "narrow" }, kids);
  }

  function renderGame(g) {
    var winner = g.winner !== undefined ? g.sides[g.winner] : null, loser = winner ? g.sides[1 - g.winner] : null;
    var verdict = winner ? [h("p", { "class": "verdict" }, state("winner"), " ", h("strong", null, winner.name || short(winner.provider)),
      " won: the honest output ", code(winner.output_root, true), winner.label !== undefined ? " (" + label(winner.label) + ")" : "", " stands."),
      h("p", { "class": "verdict" }, state("slashed"), " ", h("strong", null, loser.name || short(loser.provider)),
        g.slashed ? " lost " + g.slashed.text + " of its stake." : " lost its claim.")] : null;
    return h("article", { id: "game", "data-game": g.id, "aria-labelledby": "game-h" },
      h("p", null, h("a", { href: "#games" }, "← All games")),
      h("h2", { id: "game-h" }, "Game ", code(g.id, true)),
      h("p", null, gameState(g)), verdict,
      dl([["Job", code(g.job, true)], ["Class", code(g.class)], ["Phase", g.phase], ["Opened", when(g.opened)],
        ["Pieces per round", String(g.arity)], ["Clock", dur(g.clock) + " per side"],
        ["Op found by the divergence proof", g.op !== undefined ? "op " + g.op : "not yet"],
        ["Dissection range", n(g.range) + " steps"], ["Disputed now", "steps " + n(g.lo) + " to " + n(g.hi)],
        ["Final step", g.step !== undefined ? "step " + n(g.step) : "not yet"],
        ["Gas", n(g.gas) + " in all"], ["Slashed", g.slashed ? h("span", null, g.slashed.text + ", reward share to ", who(g.slashed_to, g.slashed_to_name)) : ""]]),
      h("h3", null, "Sides"),
      table("Sides of the game", ["Side", "Provider", "Output root", "Clock left", "Gas", "Result"], g.sides.map(function (sd, i) {
        var res = sd.lost ? state("slashed", g.slashed && loser === sd ? g.slashed.text : "") : (g.done && winner === sd ? state("winner", "(honest output)") : sd.moving ? state("moving") : state("waiting"));
        return ["side " + i, who(sd.provider, sd.name), h("span", null, code(sd.output_root, true), sd.label !== undefined ? " (" + label(sd.label) + ")" : ""),
          dur(sd.clock_left) + " of " + dur(g.clock), n(sd.gas), res];
      })),
      h("h3", null, "Dissection"),
      narrowing(g, false),
      g.rounds.length ? h("ol", { "class": "rounds" }, g.rounds.map(function (r) {
        return h("li", null, "Round " + (r.round + 1) + ": steps " + n(r.from_lo) + "–" + n(r.from_hi) + " in " + r.pieces + " pieces; piece " + (r.piece + 1) +
          " chosen: steps " + n(r.lo) + "–" + n(r.hi));
      })) : h("p", { "class": "empty" }, "No round yet."),
      h("h3", null, "Timeline"),
      h("ol", { "class": "timeline" }, g.timeline.map(function (e) {
        return h("li", { "class": "ev ev-" + e.kind }, h("span", { "class": "kind" }, e.kind), " ", e.text,
          h("small", null, " block " + n(e.block) + (e.time ? ", " + when(e.time) : "") + (e.gas ? ", " + n(e.gas) + " gas" : "")));
      })));
  }

  function renderBalances(b) {
    return [table("Accounts", ["Account", "Address", "Ether", "Stake in registry", "Slash rewards owed"], b.accounts.map(function (a) {
      return [a.name || "account", code(a.address, true), a.balance ? a.balance.text : "unknown", a.stake.text, a.credit.text];
    })), table("Escrow channels", ["User", "Provider", "Funds left", "Redeemed", "Epoch", "Refund"], b.channels.map(function (c) {
      return [who(c.user, c.user_name), who(c.provider, c.provider_name), c.funds.text, c.redeemed.text, String(c.epoch), c.refund_at ? "from " + when(c.refund_at) : "none requested"];
    }))];
  }

  function render() {
    var snap = current;
    if (!snap) return;
    var focused = document.activeElement && document.activeElement.getAttribute("data-k");
    var errs = document.getElementById("errors");
    errs.hidden = !(snap.errors && snap.errors.length);
    replace(errs, snap.errors && snap.errors.length ? [h("p", null, "Some reads failed:"), h("ul", null, snap.errors.map(function (e) { return h("li", null, e); }))] : null);
    var m = /^#game\/(0x[0-9a-fA-F]{64})$/.exec(location.hash);
    var over = document.getElementById("overview-view"), gv = document.getElementById("game-view");
    if (m) {
      var g = snap.games.filter(function (x) { return x.id.toLowerCase() === m[1].toLowerCase(); })[0];
      over.hidden = true;
      gv.hidden = false;
      replace(gv, g ? renderGame(g) : h("p", null, "No game " + m[1] + " in this view (yet)."));
      document.title = "RMS game " + short(m[1]);
    } else {
      gv.hidden = true;
      over.hidden = false;
      fill("chain", renderChain(snap.chain));
      fill("nodes", renderNodes(snap.nodes));
      fill("services", renderServices(snap.services));
      fill("jobs", renderJobs(snap.jobs));
      fill("games", renderGames(snap.games));
      fill("balances", renderBalances(snap.balances));
      document.title = "RMS view";
    }
    document.body.setAttribute("data-version", String(snap.version));
    if (focused) {
      var el = document.querySelector('[data-k="' + focused + '"]');
      if (el) el.focus();
    }
  }
  function fill(id, content) {
    replace(document.querySelector("#" + id + " .body"), content);
  }

  function status(icon, text) {
    replace(document.getElementById("conn"), [h("span", { "aria-hidden": "true" }, icon), " ", text]);
  }
  function take(raw) {
    try { current = JSON.parse(raw); } catch (e) { status("✖", "bad data from the node"); return; }
    status("●", "live, block " + n(current.chain.head) + ", updated " + new Date().toLocaleTimeString("en"));
    render();
  }

  function connect() {
    if (window.EventSource) {
      var es = new EventSource("/api/events");
      es.addEventListener("snapshot", function (ev) { take(ev.data); });
      es.onerror = function () { status("○", "connection lost, retrying"); };
      return;
    }
    var poll = function () {
      fetch("/api/snapshot").then(function (r) { return r.text(); }).then(take)
        .catch(function () { status("○", "connection lost, retrying"); })
        .then(function () { setTimeout(poll, 2000); });
    };
    poll();
  }

  window.addEventListener("hashchange", function () {
    render();
    if (/^#game\//.test(location.hash)) {
      var hd = document.getElementById("game-h");
      if (hd) { hd.setAttribute("tabindex", "-1"); hd.focus(); }
    } else if (/^#[a-z]+$/.test(location.hash)) {
      var sec = document.getElementById(location.hash.slice(1));
      if (sec) sec.scrollIntoView();
    }
  });
  document.addEventListener("DOMContentLoaded", connect);
})();
