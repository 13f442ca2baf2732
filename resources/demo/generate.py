#!/usr/bin/env python3
"""Generates resources/demo/demo-shop.json, the demo shop that `shop-inbox-server --demo` seeds.

Standard library only and deterministic: every random choice comes from a random.Random with a fixed
seed (one per section, so editing one section does not reshuffle the others). Running the script twice
gives a byte-identical file.

    python3 resources/demo/generate.py           # write demo-shop.json, then check it
    python3 resources/demo/generate.py --check   # only check the existing demo-shop.json

The format is described in resources/demo/README.md.
"""

import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "demo-shop.json")
SEED = 4821
CURRENCY = "EUR"
STOREFRONT = "https://demo.shop"


def money(amount):
    return {"amount": amount, "currency": CURRENCY}


def slugify(title):
    text = unicodedata.normalize("NFKD", title)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


FOLD = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def ascii_fold(text):
    text = "".join(FOLD.get(c, c) for c in text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and c.isalnum()).lower()


# --------------------------------------------------------------------------------------------------
# Shop, staff, discounts, saved replies, settings (fixed)

SHOP = {
    "name": "Maple & Moss",
    "currency": CURRENCY,
    "time_zone": "Europe/Amsterdam",
    "admin_url": "https://admin.demo.shop",
    "storefront_url": STOREFRONT,
}

STAFF = [
    {"id": 1, "name": "Olivia Owner", "email": "owner@demo.shop", "password": "demo-owner",
     "chat_permission": True, "manage_shop_permission": True, "owner": True},
    {"id": 2, "name": "Aaron Agent", "email": "agent@demo.shop", "password": "demo-agent",
     "chat_permission": True, "manage_shop_permission": False, "owner": False},
    {"id": 3, "name": "Wendy Warehouse", "email": "warehouse@demo.shop", "password": "demo-warehouse",
     "chat_permission": False, "manage_shop_permission": False, "owner": False},
]

DISCOUNTS = [
    {"code": "WELCOME10", "summary": "10% off your first order", "active": True},
    {"code": "FREESHIP", "summary": "Free shipping over €50", "active": True},
    {"code": "NEWSLETTER15", "summary": "15% off for newsletter subscribers", "active": True},
    {"code": "BUNDLE20", "summary": "20% off when you buy 3 or more homeware items", "active": True},
    {"code": "SORRY5", "summary": "€5 off your next order", "active": True},
    {"code": "SUMMERSALE", "summary": "20% off the summer collection (ended 31 August)", "active": False},
    {"code": "BLACKFRIDAY", "summary": "25% off everything, Black Friday weekend only", "active": False},
    {"code": "XMAS15", "summary": "15% off gifts until 20 December", "active": False},
]

SAVED_REPLIES = [
    {"shortcut": "thanks",
     "text": "Thanks so much for reaching out! Is there anything else I can help you with?"},
    {"shortcut": "shipping",
     "text": "We ship within 1–2 business days from our studio in Utrecht. Delivery takes 1–3 business "
             "days in the Netherlands and Belgium, 2–5 days elsewhere in the EU and 5–10 days worldwide. "
             "Shipping within the EU is €4.95 and free on orders over €50."},
    {"shortcut": "returns",
     "text": "You can return unworn items within 30 days of delivery. Start your return at "
             "https://demo.shop/returns and we'll email you a prepaid label. We refund within 5 business "
             "days of receiving your parcel."},
    {"shortcut": "sizing",
     "text": "Our size guide is at https://demo.shop/pages/size-guide. If you're between sizes, we "
             "recommend sizing up for knitwear and coats and sizing down for our relaxed-fit tees and "
             "sweatshirts."},
    {"shortcut": "hours",
     "text": "Our team is online Monday to Thursday 9:00–17:30, Friday 9:00–17:00 and Saturday "
             "10:00–14:00 (Amsterdam time). Outside those hours we'll reply by email."},
    {"shortcut": "discount",
     "text": "Here's a little something for your first order: use code WELCOME10 at checkout for 10% off."},
]

SETTINGS = {
    "visible": True,
    "position": "bottom-right",
    "color": "#2f6f4e",
    "greeting": "Hi! How can we help?",
    "follow_up": "Thanks for your message, we usually reply within a few minutes.",
    "away": "We're away right now and will reply by email as soon as we're back.",
    "business_hours": {
        "mon": ["09:00", "17:30"],
        "tue": ["09:00", "17:30"],
        "wed": ["09:00", "17:30"],
        "thu": ["09:00", "17:30"],
        "fri": ["09:00", "17:00"],
        "sat": ["10:00", "14:00"],
        "sun": None,
    },
}

# --------------------------------------------------------------------------------------------------
# Products: (alias, title, variant titles, price in cents or one price per variant, published)

SIZES = ["S", "M", "L", "XL"]
CATALOG = [
    ("tee-white", "Everyday Organic Tee – White", SIZES, 2495, True),
    ("tee-black", "Everyday Organic Tee – Black", SIZES, 2495, True),
    ("pima-tee", "Slim Fit Pima Cotton Tee", ["S", "M", "L"], 2995, True),
    ("sweatshirt", "Organic Cotton Relaxed Fit Crewneck Sweatshirt", ["XS", "S", "M", "L"], 6995, True),
    ("linen-shirt", "Linen Button-Down Shirt", SIZES, 7995, True),
    ("breton", "Breton Stripe Long Sleeve Top", ["XS", "S", "M", "L"], 4495, True),
    ("merino-crew", "Merino Wool Crew Jumper", ["S", "M", "L"], 9900, True),
    ("cardigan", "Recycled Wool Blend Oversized Cardigan", ["S/M", "L/XL"], 11900, True),
    ("cable-knit", "Chunky Cable Knit Sweater", ["S", "M", "L"], 10900, True),
    ("corduroy", "Corduroy Overshirt – Autumn Preview", ["S", "M", "L"], 8995, False),
    ("linen-trousers", "Wide Leg Linen Trousers", ["34", "36", "38", "40"], 8995, True),
    ("jeans", "High Rise Straight Jeans", ["W29", "W30", "W31", "W32"], 9495, True),
    ("chinos", "Relaxed Chino Trousers", ["W30", "W32", "W34"], 7495, True),
    ("wrap-dress", "Wrap Midi Dress – Forest Green", ["34", "36", "38", "40"], 11500, True),
    ("shirt-dress", "Cotton Poplin Shirt Dress", ["36", "38", "40"], 9495, True),
    ("maxi-dress", "Tiered Cotton Maxi Dress with Adjustable Tie Waist", ["36", "38", "40"], 12900, True),
    ("coat", "Wool Blend Car Coat", ["36", "38", "40", "42"], 18900, True),
    ("liner-jacket", "Quilted Liner Jacket", ["S", "M", "L"], 12900, True),
    ("field-jacket", "Waxed Cotton Field Jacket", SIZES, 16900, True),
    ("rain-parka", "Lightweight Rain Parka", ["S/M", "L/XL"], 13900, False),
    ("joggers", "Fleece Lounge Joggers", ["S", "M", "L"], 5495, True),
    ("tank", "Ribbed Cotton Tank", ["XS", "S", "M"], 1995, False),
    ("socks", "Organic Cotton Socks (3-Pack)", ["36–40", "41–46"], 1495, True),
    ("beanie", "Merino Wool Ribbed Beanie", ["Oat", "Charcoal", "Moss"], 2995, True),
    ("scarf", "Chunky Knit Scarf", ["Oat", "Rust", "Moss"], 4495, True),
    ("card-holder", "Leather Card Holder", ["Tan", "Black"], 3495, True),
    ("tote", "Canvas Tote Bag", ["Natural", "Moss"], 1995, True),
    ("weekender", "Waxed Canvas Weekender Bag with Leather Handles", ["One size"], 17900, True),
    ("bucket-hat", "Linen Bucket Hat", ["S/M", "L/XL"], 2995, True),
    ("crossbody", "Recycled Nylon Crossbody Bag", ["Black", "Sage"], 5995, True),
    ("scrunchie", "Silk Scrunchie Set", ["One size"], 995, True),
    ("kimono", "Limited Edition Hand-Dyed Indigo Linen Kimono Robe", ["S/M", "L/XL"], 15900, False),
    ("mug", "Hand-Thrown Stoneware Mug with Speckled Glaze", ["Speckled White", "Moss Green"], 2495, True),
    ("plates", "Stoneware Dinner Plates", ["Set of 2", "Set of 4"], [3995, 7495], True),
    ("tablecloth", "Washed Linen Tablecloth", ["140 x 200 cm", "140 x 250 cm"], [6995, 7995], True),
    ("napkins", "Linen Napkins (Set of 4)", ["Natural", "Sage", "Rust"], 2995, True),
    ("duvet", "Stonewashed Linen Duvet Cover", ["140 x 200 cm", "200 x 200 cm", "240 x 220 cm"],
     [12900, 15900, 17900], True),
    ("pillowcase", "Linen Pillowcase Pair", ["60 x 70 cm", "50 x 75 cm"], 3995, True),
    ("towel", "Waffle Cotton Towel", ["Hand towel", "Bath towel", "Bath sheet"], [1495, 2995, 3995], True),
    ("candle-cedar", "Soy Wax Candle – Cedar & Moss", ["Small (180 g)", "Large (400 g)"], [2495, 3995], True),
    ("candle-fig", "Soy Wax Candle – Fig & Vetiver", ["Small (180 g)", "Large (400 g)"], [2495, 3995], True),
    ("diffuser", "Reed Diffuser – Wild Mint", ["100 ml", "250 ml"], [3295, 5495], True),
    ("throw", "Merino Wool Throw Blanket", ["Oat", "Charcoal"], 13900, True),
    ("cushion", "Chunky Knit Cushion Cover", ["45 x 45 cm", "50 x 50 cm"], [3495, 3995], True),
    ("basket", "Rattan Plant Basket", ["Small", "Medium", "Large"], [2495, 3495, 4495], True),
    ("herb-pots", "Terracotta Herb Pot Trio", ["One size"], 2995, False),
    ("carafe", "Glass Carafe with Tumbler", ["One size"], 3495, True),
    ("board", "Olive Wood Serving Board", ["Medium", "Large"], [4495, 5995], True),
    ("enamel-mug", "Enamel Camping Mug", ["Cream", "Forest"], 1495, False),
    ("vases", "Ceramic Bud Vase Set of Three in Earthy Tones", ["One size"], 3995, True),
    ("rope-basket", "Cotton Rope Storage Basket", ["Small", "Large"], [2995, 3995], True),
    ("apron", "Café Linen Apron", ["Natural", "Charcoal"], 3495, True),
    ("slippers", "Wool Felt Slippers", ["36–38", "39–41", "42–44", "45–47"], 4995, True),
    ("doormat", "Hemp Doormat", ["40 x 60 cm", "60 x 90 cm"], [2995, 4995], True),
    ("wraps", "Beeswax Food Wraps (Set of 3)", ["One size"], 1695, True),
    ("soap", "Botanical Hand Soap – Lavender", ["300 ml"], 1295, True),
    ("tumblers", "Recycled Glass Tumblers (Set of 4)", ["Clear", "Smoke"], 2995, True),
    ("gift-card", "Gift Card", ["€25", "€50", "€100"], [2500, 5000, 10000], True),
    ("gift-box", "Holiday Gift Box – Candle & Mug", ["One size"], 4995, False),
    ("mystery", "Sample Sale Mystery Bundle", ["Apparel", "Homeware"], 3900, False),
]

# Variants whose stock the conversations talk about ("the 36 is sold out", "the moss beanie is back
# in two weeks").
SOLD_OUT = {("beanie", "Moss"), ("wrap-dress", "36")}


def make_products():
    rng = random.Random(SEED + 1)
    products, by_alias = [], {}
    for index, (alias, title, variant_titles, prices, published) in enumerate(CATALOG):
        pid = index + 1
        if isinstance(prices, int):
            prices = [prices] * len(variant_titles)
        variants = []
        for n, (vtitle, price) in enumerate(zip(variant_titles, prices)):
            inventory = 0 if rng.random() < 0.06 else rng.randint(1, 50)
            if (alias, vtitle) in SOLD_OUT:
                inventory = 0
            variants.append({"id": pid * 100 + n + 1, "title": vtitle, "price": money(price),
                             "inventory": inventory})
        product = {
            "id": pid,
            "title": title,
            "image_url": f"/media/demo/product-{pid}.png",
            "url": f"{STOREFRONT}/products/{slugify(title)}",
            "published": published,
            "variants": variants,
        }
        products.append(product)
        by_alias[alias] = product
    return products, by_alias


def variant_of(product, vtitle):
    for v in product["variants"]:
        if v["title"] == vtitle:
            return v
    raise KeyError(f"{product['title']}: no variant {vtitle!r}")


# --------------------------------------------------------------------------------------------------
# Customers

# (city, country, IANA zone, locale, country code for phones/tracking, weight)
CITIES = [
    ("London", "United Kingdom", "Europe/London", "en-GB", "GB", 8),
    ("Manchester", "United Kingdom", "Europe/London", "en-GB", "GB", 3),
    ("Edinburgh", "United Kingdom", "Europe/London", "en-GB", "GB", 2),
    ("Bristol", "United Kingdom", "Europe/London", "en-GB", "GB", 2),
    ("Dublin", "Ireland", "Europe/Dublin", "en-IE", "IE", 3),
    ("New York", "United States", "America/New_York", "en-US", "US", 5),
    ("Boston", "United States", "America/New_York", "en-US", "US", 2),
    ("Chicago", "United States", "America/Chicago", "en-US", "US", 2),
    ("Denver", "United States", "America/Denver", "en-US", "US", 1),
    ("Phoenix", "United States", "America/Phoenix", "en-US", "US", 1),
    ("Los Angeles", "United States", "America/Los_Angeles", "en-US", "US", 3),
    ("Seattle", "United States", "America/Los_Angeles", "en-US", "US", 2),
    ("Honolulu", "United States", "Pacific/Honolulu", "en-US", "US", 1),
    ("Toronto", "Canada", "America/Toronto", "en-CA", "CA", 2),
    ("Vancouver", "Canada", "America/Vancouver", "en-CA", "CA", 1),
    ("Sydney", "Australia", "Australia/Sydney", "en-AU", "AU", 3),
    ("Melbourne", "Australia", "Australia/Melbourne", "en-AU", "AU", 2),
    ("Brisbane", "Australia", "Australia/Brisbane", "en-AU", "AU", 1),
    ("Perth", "Australia", "Australia/Perth", "en-AU", "AU", 1),
    ("Auckland", "New Zealand", "Pacific/Auckland", "en-NZ", "NZ", 1),
    ("Tokyo", "Japan", "Asia/Tokyo", "en-JP", "JP", 1),
    ("Singapore", "Singapore", "Asia/Singapore", "en-SG", "SG", 1),
    ("Amsterdam", "Netherlands", "Europe/Amsterdam", "nl-NL", "NL", 6),
    ("Utrecht", "Netherlands", "Europe/Amsterdam", "nl-NL", "NL", 5),
    ("Rotterdam", "Netherlands", "Europe/Amsterdam", "nl-NL", "NL", 3),
    ("Groningen", "Netherlands", "Europe/Amsterdam", "nl-NL", "NL", 2),
    ("Haarlem", "Netherlands", "Europe/Amsterdam", "nl-NL", "NL", 2),
    ("Eindhoven", "Netherlands", "Europe/Amsterdam", "nl-NL", "NL", 2),
    ("Nijmegen", "Netherlands", "Europe/Amsterdam", "nl-NL", "NL", 1),
    ("Leiden", "Netherlands", "Europe/Amsterdam", "nl-NL", "NL", 1),
    ("Antwerp", "Belgium", "Europe/Brussels", "nl-BE", "BE", 2),
    ("Ghent", "Belgium", "Europe/Brussels", "nl-BE", "BE", 2),
    ("Leuven", "Belgium", "Europe/Brussels", "nl-BE", "BE", 1),
    ("Paris", "France", "Europe/Paris", "fr-FR", "FR", 6),
    ("Lyon", "France", "Europe/Paris", "fr-FR", "FR", 3),
    ("Marseille", "France", "Europe/Paris", "fr-FR", "FR", 1),
    ("Bordeaux", "France", "Europe/Paris", "fr-FR", "FR", 2),
    ("Nantes", "France", "Europe/Paris", "fr-FR", "FR", 1),
    ("Lille", "France", "Europe/Paris", "fr-FR", "FR", 1),
    ("Strasbourg", "France", "Europe/Paris", "fr-FR", "FR", 1),
    ("Brussels", "Belgium", "Europe/Brussels", "fr-BE", "BE", 2),
    ("Liège", "Belgium", "Europe/Brussels", "fr-BE", "BE", 1),
    ("Geneva", "Switzerland", "Europe/Zurich", "fr-CH", "CH", 1),
    ("Lausanne", "Switzerland", "Europe/Zurich", "fr-CH", "CH", 1),
    ("Luxembourg", "Luxembourg", "Europe/Luxembourg", "fr-LU", "LU", 1),
    ("Montréal", "Canada", "America/Toronto", "fr-CA", "CA", 2),
    ("Berlin", "Germany", "Europe/Berlin", "de-DE", "DE", 5),
    ("Hamburg", "Germany", "Europe/Berlin", "de-DE", "DE", 3),
    ("Munich", "Germany", "Europe/Berlin", "de-DE", "DE", 3),
    ("Cologne", "Germany", "Europe/Berlin", "de-DE", "DE", 2),
    ("Düsseldorf", "Germany", "Europe/Berlin", "de-DE", "DE", 1),
    ("Frankfurt", "Germany", "Europe/Berlin", "de-DE", "DE", 1),
    ("Leipzig", "Germany", "Europe/Berlin", "de-DE", "DE", 1),
    ("Vienna", "Austria", "Europe/Vienna", "de-AT", "AT", 2),
    ("Graz", "Austria", "Europe/Vienna", "de-AT", "AT", 1),
    ("Zürich", "Switzerland", "Europe/Zurich", "de-CH", "CH", 2),
    ("Basel", "Switzerland", "Europe/Zurich", "de-CH", "CH", 1),
]
CITY = {c[0]: c for c in CITIES}
LANGUAGE_SHARE = {"en": 45, "nl": 20, "fr": 17, "de": 18}

# First names per language (and a few regional extras), as (female, male).
FIRST = {
    "en": (["Emma", "Sophie", "Charlotte", "Amelia", "Grace", "Hannah", "Chloe", "Lucy", "Isla",
            "Ella", "Jessica", "Megan", "Sarah", "Rachel", "Emily", "Madison", "Harper", "Abigail", "Ruby",
            "Mia", "Priya"],
           ["James", "Oliver", "Jack", "Harry", "George", "Thomas", "Daniel", "Samuel", "Liam", "Noah",
            "Ethan", "Michael", "Ryan", "Nathan", "Matthew", "Ben", "Joshua", "Lachlan"]),
    "en-IE": (["Siobhán", "Niamh", "Aoife", "Róisín", "Orla"], ["Ciarán", "Seán", "Conor", "Eoin", "Cian"]),
    "nl": (["Sanne", "Lotte", "Femke", "Anouk", "Eva", "Fleur", "Iris", "Lieke", "Noor", "Julia", "Marieke",
            "Ilse", "Eline", "Floor", "Anneloes"],
           ["Daan", "Sem", "Lars", "Bram", "Thijs", "Ruben", "Jesse", "Joost", "Pieter", "Maarten", "Sven",
            "Wouter", "Niels", "Koen", "Jeroen"]),
    "nl-BE": (["Lien", "Elke", "Marthe", "Annelies", "Joke", "Hanne"], ["Wout", "Jens", "Stijn", "Sander"]),
    "fr": (["Camille", "Léa", "Manon", "Chloé", "Inès", "Zoé", "Louise", "Juliette", "Élodie", "Hélène",
            "Margaux", "Anaïs", "Céline", "Gaëlle", "Françoise", "Mathilde"],
           ["Lucas", "Hugo", "Louis", "Théo", "Jules", "Gabriel", "Arthur", "Raphaël", "Nicolas", "Antoine",
            "Julien", "Benoît", "Jérôme", "François", "Étienne", "Maxime"]),
    "de": (["Anna", "Lena", "Leonie", "Hannah", "Lea", "Marie", "Sophie", "Johanna", "Katharina", "Jana",
            "Sabine", "Maja", "Franziska", "Lisa"],
           ["Lukas", "Jonas", "Leon", "Felix", "Maximilian", "Paul", "Elias", "Niklas", "Tobias", "Florian",
            "Sebastian", "Stefan", "Jörg", "Matthias", "Björn", "Jürgen", "Günter", "Uwe"]),
}
LAST = {
    "en": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Johnson",
           "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green",
           "Hall", "Wood", "Harris", "Clarke", "Miller", "Davis", "Garcia", "Anderson", "Campbell",
           "Mitchell", "Nguyen", "Patel", "Chen", "Cooper", "Bennett", "Reid", "MacDonald", "O'Connor"],
    "en-IE": ["Murphy", "Kelly", "O'Brien", "Walsh", "Byrne", "Ryan", "O'Sullivan", "Doyle", "McCarthy",
              "Gallagher"],
    "nl": ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
           "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
           "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer",
           "Verhoeven", "Kok", "van 't Hof"],
    "nl-BE": ["Peeters", "Maes", "Claes", "Willems", "Goossens", "Wouters", "De Smet", "Vermeulen",
              "Van Damme", "Mertens"],
    "fr": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
           "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "David", "Bertrand", "Roux", "Vincent",
           "Fournier", "Morel", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau",
           "Chevalier", "Gauthier", "Mercier", "Bérard", "Lemaître"],
    "fr-CA": ["Tremblay", "Gagnon", "Côté", "Bouchard", "Gauthier", "Roy", "Bélanger", "Pelletier"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
           "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
           "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Weiß", "Groß", "Strauß"],
    "de-AT": ["Huber", "Gruber", "Steiner", "Pichler", "Moser", "Hofer", "Leitner"],
    "de-CH": ["Keller", "Meier", "Brunner", "Baumann", "Frei", "Gerber", "Widmer"],
}

NOTES = [
    "Prefers email over phone; works night shifts.",
    "VIP – ordered gifts for a whole team last winter.",
    "Allergic to wool: suggest cotton or linen alternatives.",
    "Returned twice for sizing; usually needs one size up in knitwear.",
    "Wholesale enquiry (concept store) – forward to Olivia.",
    "Asked us not to include printed receipts (gifts).",
    "Parcel lost once with the carrier, reshipped for free. Be extra kind.",
    "Left a lovely review with photos – send a thank-you card with the next order.",
    "Interior stylist, sometimes orders for photo shoots.",
    "Uses the shop for corporate gifts at the end of the year.",
    "Ships to a holiday home, not the billing address.",
    "Received a damaged mug once; we sent a replacement.",
    "Size guide feedback: found the jeans run long.",
    "Regular at the Saturday pickups.",
    "Asked about gift wrapping for every order so far.",
    "Paid by bank transfer before; allow extra days.",
    "Collects our candles – mention new scents first.",
    "Was charged twice on an earlier order; refunded the same day.",
    "Teacher; ordered for a school craft project.",
]


def phone_number(rng, code, city):
    def d(n):
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    if code == "NL":
        return f"+31 6 {d(4)} {d(4)}"
    if code == "BE":
        return f"+32 4{rng.randint(60, 99)} {d(2)} {d(2)} {d(2)}"
    if code == "FR":
        return f"+33 {rng.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}"
    if code == "DE":
        return f"+49 15{rng.randint(1, 9)} {d(8)}"
    if code == "AT":
        return f"+43 66{rng.randint(0, 9)} {d(7)}"
    if code == "CH":
        return f"+41 7{rng.choice('6789')} {d(3)} {d(2)} {d(2)}"
    if code == "LU":
        return f"+352 691 {d(3)} {d(3)}"
    if code == "GB":  # Ofcom's range reserved for drama
        return f"+44 7700 900{d(3)}"
    if code == "IE":
        return f"+353 8{rng.choice('5678')} {d(3)} {d(4)}"
    if code in ("US", "CA"):  # 555-0100..0199 is fictional
        area = {"New York": 212, "Boston": 617, "Chicago": 312, "Denver": 303, "Phoenix": 602,
                "Los Angeles": 213, "Seattle": 206, "Honolulu": 808, "Toronto": 416, "Vancouver": 604,
                "Montréal": 514}[city]
        return f"+1 {area} 555 01{d(2)}"
    if code == "AU":  # ACMA's fictional mobile range
        return f"+61 491 570 1{rng.randint(0, 5)}{d(1)}"
    if code == "NZ":
        return f"+64 21 {d(3)} {d(4)}"
    if code == "JP":
        return f"+81 90 {d(4)} {d(4)}"
    return f"+65 9{d(3)} {d(4)}"


def pick_name(rng, locale, gender, taken):
    lang = locale[:2]
    g = 0 if gender == "f" else 1
    first_pool = FIRST[lang][g] + FIRST[locale][g] * 2 if locale in FIRST else FIRST[lang][g]
    last_pool = LAST[lang] + LAST[locale] * 3 if locale in LAST else LAST[lang]
    while True:
        first, last = rng.choice(first_pool), rng.choice(last_pool)
        if (first, last) not in taken:
            taken.add((first, last))
            return first, last


def make_email(rng, first, last, taken):
    f, l = ascii_fold(first), ascii_fold(last)
    style = rng.randint(0, 3)
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{rng.randint(1, 99)}", f"{f}_{l}"][style]
    domain = rng.choice(["example.com", "example.net", "example.org"])
    email = f"{local}@{domain}"
    while email.lower() in taken:
        email = f"{local}{rng.randint(2, 999)}@{domain}"
    taken.add(email.lower())
    if rng.random() < 0.05:  # some people type their address with capitals
        email = email[0].upper() + email[1:]
    return email


def make_customers(total=200, anonymous=25, never_ordered=30):
    rng = random.Random(SEED + 2)
    langs = [lang for lang, share in LANGUAGE_SHARE.items() for _ in range(share)]
    visitor_numbers = rng.sample(range(1000, 10000), total)
    anonymous_ids = set(rng.sample(range(1, total + 1), anonymous))
    named_ids = [i for i in range(1, total + 1) if i not in anonymous_ids]
    no_order_ids = set(rng.sample(named_ids, never_ordered))
    names, emails = set(), set()
    customers = []
    # Every city (and so every time zone) at least once, the rest by language share and city weight.
    homes = list(CITIES)
    while len(homes) < total:
        lang = rng.choice(langs)
        cities = [c for c in CITIES if c[3].startswith(lang)]
        homes.append(rng.choices(cities, weights=[c[5] for c in cities])[0])
    rng.shuffle(homes)
    for cid in range(1, total + 1):
        city, country, zone, locale, code, _ = homes[cid - 1]
        anon = cid in anonymous_ids
        gender = rng.choice("fm")
        c = {
            "id": cid, "first": None, "name": None, "gender": gender,
            "visitor_name": f"Visitor {visitor_numbers[cid - 1]}",
            "email": None, "phone": None, "city": city, "country": country, "location": None,
            "time_zone": zone, "locale": locale, "code": code, "note": None, "note_updated_days_ago": None,
            "email_marketing": False, "sms_marketing": False,
            "anonymous": anon, "orders_planned": not anon and cid not in no_order_ids,
        }
        if anon:
            # A visitor's location and zone come from geo-IP and the browser; sometimes neither is known.
            roll = rng.random()
            c["location"] = None if roll < 0.16 else f"{city}, {country}"
            if roll < 0.08:
                c["time_zone"] = None
        else:
            first, last = pick_name(rng, locale, gender, names)
            c["first"], c["name"] = first, f"{first} {last}"
            c["email"] = make_email(rng, first, last, emails)
            c["location"] = f"{city}, {country}"
            if rng.random() < 0.5:
                c["phone"] = phone_number(rng, code, city)
            c["email_marketing"] = rng.random() < 0.55
            c["sms_marketing"] = c["phone"] is not None and rng.random() < 0.3
        customers.append(c)
    return customers, rng


def move_customer(c, city):
    """Moves a customer to another city of the same locale (used when a conversation needs a city)."""
    name, country, zone, locale, code, _ = CITY[city]
    assert locale[:2] == c["locale"][:2], (city, c["locale"])
    c["city"], c["country"], c["code"], c["locale"] = name, country, code, locale
    if c["location"] is not None:
        c["location"] = f"{name}, {country}"
    if c["time_zone"] is not None:
        c["time_zone"] = zone
    if c["phone"] is not None:
        c["phone"] = phone_number(random.Random(SEED + c["id"]), code, name)


# --------------------------------------------------------------------------------------------------
# Conversations. Message helpers; `gap` is the number of minutes since the previous message
# (random 1–4 when not given).

def C(text, gap=None):
    return {"author": "customer", "kind": "text", "body": text, "gap": gap}


def S(staff, text, gap=None):
    return {"author": "staff", "staff_id": staff, "kind": "text", "body": text, "gap": gap}


def P(staff, aliases, gap=None):
    return {"author": "staff", "staff_id": staff, "kind": "products", "aliases": aliases, "gap": gap}


def D(staff, code, gap=None):
    return {"author": "staff", "staff_id": staff, "kind": "discount", "code": code, "gap": gap}


def ADD(alias, vtitle, gap=None):
    return {"author": "system", "kind": "cart_event", "action": "add", "alias": alias, "vtitle": vtitle,
            "gap": gap}


def REMOVE(alias, vtitle, gap=None):
    return {"author": "system", "kind": "cart_event", "action": "remove", "alias": alias,
            "vtitle": vtitle, "gap": gap}


def NOTE(text, gap=None):
    return {"author": "system", "kind": "system", "body": text, "gap": gap}


HOUR, DAY = 60, 1440

LONG_MESSAGE = (
    "Hi! I hope you can help me with something a little complicated. My sister is getting married in "
    "Galway in three weeks and I'd love to give her and her fiancé a small 'new home' bundle: the "
    "{p:duvet} in 200 x 200 cm, two of the {p:pillowcase}, the {p:throw} in oat and a couple of the cedar "
    "candles. I know you ship to Ireland, but I'm travelling for work next week and won't be home to "
    "receive a parcel. Could you ship everything straight to the hotel, gift-wrapped and without a "
    "receipt? And roughly how long does delivery to the west of Ireland take? Thanks a million!"
)

# Each conversation: who (locale, city, anonymous, ordered, forced orders, history), state and the
# messages in chronological order. `end` is the minutes_ago of the latest message. Order placeholders:
# {order}/{tracking} refer to the conversation customer's first forced order.
CONVERSATIONS = [
    # ---------------------------------------------------------------- English (12)
    dict(key="en-order-status", locale="en-GB", city="London", status="open", unread=False, assignee=2,
         topics=["Order status"], end=3,
         orders=[dict(days=4, fulfillment="fulfilled", financial="paid", items=[("linen-shirt", "M")])],
         history=1,
         messages=[
             C("Hi there! I ordered a linen shirt a few days ago (order {order}) and haven't had a shipping "
               "email yet. Has it been sent?"),
             S(2, "Hi {first}, thanks for getting in touch! Let me check that for you.", gap=4),
             S(2, "Good news: it's on its way. You can follow it here: {tracking}. It should arrive in "
                  "1–2 working days.", gap=2),
             C("Oh brilliant, I must have missed the email. Thank you!", gap=3),
             C("Also, does the linen shrink in the wash?", gap=1),
         ]),
    dict(key="en-html", locale="en-US", city="New York", status="open", unread=True, assignee=None,
         topics=["Product question"], end=4 * HOUR,
         messages=[
             C("Hello! Quick question about the weekender bag"),
             C("Can I format text in this chat? <b>is this bold?</b> <img src=x onerror=alert(1)>", gap=1),
             S(1, "Hi {first}! Messages here are plain text only, so what you typed shows up exactly as "
                  "written 🙂 What would you like to know about the {p:weekender}?", gap=6),
             C("Ha, fair enough. Does it fit under a plane seat? My airline allows 40 x 30 x 20 cm.", gap=3),
         ]),
    dict(key="en-long", locale="en-IE", city="Dublin", status="open", unread=True, assignee=None,
         topics=["Shipping"], end=90,
         messages=[
             C(LONG_MESSAGE),
             S(1, "Hi {first}, congratulations to your sister! Yes, we can ship straight to the hotel and "
                  "leave the receipt out: just use the hotel as the shipping address and write 'gift' in "
                  "the order note. Delivery to Ireland usually takes 3–5 working days.", gap=8),
             C("That's perfect. And is gift wrapping free?", gap=4),
         ]),
    dict(key="en-anonymous-shipping", locale="en-US", city="Los Angeles", anonymous=True, status="open",
         unread=False, assignee=1, topics=["Shipping"], end=3 * HOUR,
         messages=[
             C("hey do you ship to the US?"),
             S(1, "Hi there! We do 🙂 Delivery to the US takes 5–10 working days and shipping is €14.95. "
                  "Import duties may apply depending on the order value.", gap=5),
             C("ok and are prices incl. tax? checkout shows EUR", gap=2),
             S(1, "Prices on the site include Dutch VAT. For orders outside the EU the VAT is removed at "
                  "checkout, so you'll pay a bit less than the price on the product page.", gap=3),
             C("nice, thanks!", gap=2),
         ]),
    dict(key="en-sizing", locale="en-US", city="Seattle", status="open", unread=True, assignee=2,
         topics=["Sizing"], end=55,
         messages=[
             C("Hi! How does the {p:sweatshirt} fit? I'm 5'10\" (178 cm) and usually wear a medium."),
             NOTE("Conversation assigned to Aaron Agent", gap=1),
             S(2, "Hi {first}, it's cut quite relaxed with dropped shoulders. At 5'10\" a medium will feel "
                  "oversized; if you prefer a closer fit, go for a small.", gap=3),
             S(2, "Here it is, with the slim tee that looks great underneath:", gap=1),
             P(2, ["sweatshirt", "pima-tee"], gap=1),
             C("Thanks! I'll go with the small then.", gap=4),
             ADD("sweatshirt", "S", gap=2),
             C("Done 👍 Any chance it comes in grey?", gap=1),
         ]),
    dict(key="en-discount", locale="en-GB", city="Bristol", ordered=False, status="closed", unread=False,
         assignee=1, topics=["Discounts"], end=3 * HOUR + 20,
         messages=[
             ADD("mug", "Speckled White"),
             ADD("napkins", "Sage", gap=3),
             C("Hello! First time shopping here – is there a discount for new customers?", gap=2),
             S(1, "Welcome, {first}! There is – here's 10% off your first order:", gap=3),
             D(1, "WELCOME10", gap=1),
             ADD("candle-cedar", "Large (400 g)", gap=4),
             ADD("tablecloth", "140 x 200 cm", gap=2),
             ADD("cushion", "45 x 45 cm", gap=3),
             C("Applied it, thanks so much! 🎉", gap=2),
             S(1, "Enjoy! Your order ships free as well, since it's over €50.", gap=2),
         ]),
    dict(key="en-return", locale="en-GB", city="Edinburgh", gender="f", status="closed", unread=False, assignee=2,
         topics=["Returns"], end=2 * DAY + 5 * HOUR,
         orders=[dict(days=21, fulfillment="fulfilled", financial="partially_refunded",
                      items=[("wrap-dress", "38"), ("napkins", "Natural")])],
         messages=[
             C("Hi, I received my order {order} and the wrap dress is too big, unfortunately. Can I "
               "return it?"),
             S(2, "Hi {first}, sorry it didn't fit! You can return unworn items within 30 days of "
                  "delivery. Would you like a refund or a smaller size?", gap=25),
             C("A refund please – the 36 is sold out anyway.", gap=6),
             S(2, "No problem. I've just emailed you a prepaid return label. Once the parcel is back with "
                  "us, we'll refund you within 5 business days.", gap=3),
             C("Great, thank you!", gap=2),
             C("Dropped it at the post office this morning 📦", gap=DAY - 3 * HOUR),
             S(2, "Thanks for letting us know!", gap=40),
             S(2, "Hi {first}, the dress arrived back today and we've issued your refund. It can take a "
                  "few days to show on your statement.", gap=2 * DAY),
             C("Perfect, much appreciated. I'll keep an eye out for the 36 coming back!", gap=90),
         ]),
    dict(key="en-restock-first", locale="en-AU", city="Sydney", status="closed", unread=False, assignee=1,
         topics=["Product question"], end=18 * DAY + 2 * HOUR, history=2,
         attrs={"note": "Waiting for the moss beanie restock – message them here when it's in.",
                "note_updated_days_ago": 18},
         messages=[
             C("Hi! Will the {p:beanie} in moss be back in stock? It's the perfect colour 😍"),
             S(1, "Hi {first}! We're expecting a new batch of the moss beanie in about two weeks. I'll "
                  "let you know here when it's back.", gap=9 * HOUR),
             C("Amazing, thank you!", gap=30),
         ]),
    dict(key="en-restock-again", same_customer_as="en-restock-first", status="open", unread=True,
         assignee=1, topics=["Product question"], end=8,
         messages=[
             C("Hi again! You mentioned the moss beanie would be back around now – any news?"),
             S(1, "Hi {first}! Not quite yet, sorry – the yarn delivery is a few days late. In the "
                  "meantime, these are in stock in moss:", gap=3),
             P(1, ["scarf", "tote"], gap=1),
             C("Ooh, the scarf is lovely. Could you put a beanie aside for me when they arrive?", gap=4),
         ]),
    dict(key="en-emoji", locale="en-AU", city="Brisbane", status="closed", unread=False, assignee=2,
         topics=["Product question"], end=6 * HOUR,
         orders=[dict(days=9, fulfillment="fulfilled", financial="paid",
                      items=[("candle-cedar", "Small (180 g)"), ("wraps", "One size")])],
         messages=[
             C("Just unboxed my candle 😍🕯️ it smells AMAZING"),
             C("Do you have it in a bigger size? 🙏", gap=1),
             S(2, "Aww, that makes our day, {first}! 💚 Yes, there's a large 400 g version with about 80 "
                  "hours of burn time:", gap=6),
             P(2, ["candle-cedar"], gap=1),
             C("Yesss ordering it now 👩‍💻🛒", gap=5),
             C("👍🏽", gap=1),
             S(2, "Enjoy! 🌿", gap=2),
         ]),
    dict(key="en-pending", locale="en-GB", city="London", status="open", unread=False, assignee=1,
         topics=["Order status"], end=2 * DAY + 2 * HOUR,
         orders=[dict(days=3, fulfillment="unfulfilled", financial="pending",
                      items=[("throw", "Charcoal"), ("cushion", "50 x 50 cm")])],
         messages=[
             C("Hi, my order {order} still says payment pending. I paid by bank transfer the same day. "
               "Is something wrong?"),
             S(1, "Hi {first}, nothing's wrong! International bank transfers can take 1–3 business days to "
                  "reach us. As soon as the payment arrives we'll ship your order and email you.", gap=12),
             C("OK, thanks. Can you let me know when it arrives?", gap=4),
             S(1, "Of course, I'll send you a message here.", gap=2),
         ]),
    dict(key="en-anonymous-tablecloth", locale="en-GB", city="Manchester", anonymous=True, status="open",
         unread=True, assignee=None, topics=[], end=3 * DAY,
         attrs={"location": None},
         messages=[
             C("Is the {p:tablecloth} machine washable?"),
             ADD("tablecloth", "140 x 250 cm", gap=2),
             C("Also, does it come in a round version?", gap=1),
         ]),
    # ---------------------------------------------------------------- Dutch (6)
    dict(key="nl-order-status", locale="nl-NL", city="Rotterdam", status="open", unread=True, assignee=1,
         topics=["Order status"], end=5,
         orders=[dict(days=2, fulfillment="unfulfilled", financial="paid",
                      items=[("cable-knit", "M"), ("beanie", "Oat")])],
         messages=[
             C("Hoi! Ik heb eergisteren besteld ({order}) maar nog geen verzendbevestiging gekregen. "
               "Klopt dat?"),
             S(1, "Hoi {first}, dat klopt! Je bestelling wordt vandaag ingepakt en gaat vanmiddag met "
                  "PostNL mee. Je krijgt dan meteen een e-mail met de track & trace-code.", gap=4),
             C("Top, dank je! Kan het pakketje nog naar mijn werkadres? Daar ben ik overdag 😊", gap=3),
         ]),
    dict(key="nl-anonymous-sizing", locale="nl-NL", city="Amsterdam", anonymous=True, status="open",
         unread=False, assignee=2, topics=["Product question", "Sizing"], end=15,
         messages=[
             ADD("jeans", "W30"),
             C("Hallo, vallen de {p:jeans} klein of normaal?", gap=2),
             S(2, "Hoi! Ze vallen normaal, maar de stof is stevig en rekt weinig mee. Twijfel je tussen "
                  "twee maten? Kies dan de grotere.", gap=3),
             C("Ik heb nu W30 in mijn mandje maar zit vaak tussen 30 en 31 in", gap=2),
             S(2, "Dan zou ik voor de W31 gaan. De binnenbeenlengte is 32 inch, dus tot ongeveer 1,75 m "
                  "valt hij mooi op je enkel.", gap=2),
             C("Oké, ik wissel hem om", gap=3),
             REMOVE("jeans", "W30", gap=1),
             ADD("jeans", "W31", gap=1),
             C("Hebben jullie er ook een riem bij? 😅", gap=2),
             S(2, "Riemen hebben we helaas niet, maar deze twee staan er heel mooi bij:", gap=3),
             P(2, ["breton", "linen-shirt"], gap=1),
             C("Dat streepjesshirt is leuk! Is dat van katoen?", gap=4),
             S(2, "Ja, 100% biologisch katoen, en het krimpt niet als je het op 30 graden wast.", gap=2),
             ADD("breton", "S", gap=3),
             C("Gedaan. Bedankt voor het meedenken!", gap=1),
             S(2, "Graag gedaan! Veel plezier ermee 😊", gap=2),
         ]),
    dict(key="nl-exchange", locale="nl-BE", city="Ghent", status="closed", unread=False, assignee=1,
         topics=["Returns", "Sizing"], end=4 * DAY + 3 * HOUR,
         orders=[dict(days=12, fulfillment="fulfilled", financial="paid", items=[("merino-crew", "M")])],
         messages=[
             C("Goedemiddag, de {p:merino-crew} in maat M is me te krap. Kan ik hem ruilen voor een L? "
               "Mijn bestelnummer is {order}."),
             S(1, "Dag {first}, natuurlijk! Ik heb een L voor je apart gelegd. Je krijgt zo een retourlabel "
                  "per e-mail; zodra de M bij ons binnen is, sturen we de L op.", gap=35),
             C("Super, bedankt! Moet ik nog iets bijbetalen?", gap=10),
             S(1, "Nee hoor, ruilen is gratis.", gap=4),
             C("Perfect 👌", gap=2),
         ]),
    dict(key="nl-discount", locale="nl-NL", city="Groningen", ordered=False, status="closed",
         unread=False, assignee=2, topics=["Discounts"], end=DAY + 3 * HOUR,
         messages=[
             C("Hallo! Hebben jullie studentenkorting?"),
             S(2, "Hoi {first}! Een vaste studentenkorting hebben we niet, maar op je eerste bestelling "
                  "krijg je 10% korting met deze code:", gap=9),
             D(2, "WELCOME10", gap=1),
             C("Oh leuk, dankjewel! 🙌", gap=3),
             S(2, "Graag gedaan, veel shopplezier!", gap=1),
         ]),
    dict(key="nl-pickup", locale="nl-NL", city="Utrecht", status="open", unread=False, assignee=1,
         topics=["Shipping"], end=6 * HOUR, history=3,
         attrs={"note": "Prefers to pick up orders at the Utrecht studio on Saturdays.",
                "note_updated_days_ago": 40},
         messages=[
             C("Hoi Olivia, kan ik mijn volgende bestelling weer zaterdag in de studio ophalen?"),
             S(1, "Hoi {first}! Zeker, kies bij het afrekenen 'Ophalen in Utrecht'. Zaterdag zijn we open "
                  "van 10:00 tot 14:00.", gap=20),
             C("Top. Ligt de {p:throw} in charcoal er ook? Dan bekijk ik hem even in het echt.", gap=5),
             S(1, "Ik kijk het even na en laat het je vandaag nog weten.", gap=3),
         ]),
    dict(key="nl-gift", locale="nl-NL", city="Haarlem", status="open", unread=True, assignee=None,
         topics=["Product question"], end=5 * HOUR,
         cart=[("vases", "One size", 1), ("candle-fig", "Small (180 g)", 2), ("soap", "300 ml", 1),
               ("napkins", "Rust", 1)],
         messages=[
             C("Hallo! Ik wil een paar dingen als cadeau bestellen 🎁"),
             C("Kunnen jullie alles apart inpakken, met een kaartje erbij?", gap=1),
             C("Het is voor een verjaardag volgende week vrijdag, dus het moet wel op tijd zijn 😬", gap=2),
         ]),
    # ---------------------------------------------------------------- French (6)
    dict(key="fr-order-status", locale="fr-FR", city="Lyon", status="open", unread=True, assignee=1,
         topics=["Order status", "Shipping"], end=20,
         orders=[dict(days=8, fulfillment="fulfilled", financial="paid", items=[("plates", "Set of 4")])],
         messages=[
             C("Bonjour, je n'ai toujours pas reçu ma commande {order}. Elle a été passée il y a plus "
               "d'une semaine…"),
             S(1, "Bonjour {first}, je suis désolée pour l'attente ! Votre colis a bien été expédié, voici "
                  "le lien de suivi : {tracking}", gap=5),
             C("Merci. Le suivi indique « en cours d'acheminement » depuis trois jours, c'est normal ?",
               gap=6),
             S(1, "Les envois vers la France peuvent prendre jusqu'à 5 jours ouvrés. Si rien ne bouge "
                  "d'ici deux jours, j'ouvre une enquête auprès du transporteur.", gap=3),
             C("D'accord. Et si le colis est perdu, vous me renvoyez les assiettes ?", gap=2),
         ]),
    dict(key="fr-sizing", locale="fr-FR", city="Paris", gender="f", status="open", unread=False, assignee=2,
         topics=["Sizing"], end=2 * HOUR,
         messages=[
             C("Bonjour ! Je fais du 38 d'habitude, quelle taille me conseillez-vous pour la robe "
               "portefeuille verte ?"),
             S(2, "Bonjour {first} ! La robe portefeuille taille normalement, le 38 devrait donc être "
                  "parfait. Le lien à la taille permet de l'ajuster facilement.", gap=4),
             C("Et la robe chemise en popeline ? J'hésite entre les deux…", gap=3),
             S(2, "Celle-ci est un peu plus ample : si vous préférez un tombé près du corps, prenez le 36. "
                  "Voici les deux :", gap=2),
             P(2, ["wrap-dress", "shirt-dress"], gap=1),
             C("Merci beaucoup, c'est très clair ! Je réfléchis et je reviens vers vous 😊", gap=5),
         ]),
    dict(key="fr-refund", locale="fr-FR", city="Bordeaux", status="closed", unread=False, assignee=1,
         topics=["Returns"], end=6 * DAY + 4 * HOUR,
         orders=[dict(days=30, fulfillment="fulfilled", financial="refunded", items=[("field-jacket", "M")])],
         messages=[
             C("Bonjour, j'ai renvoyé la veste il y a une semaine (commande {order}). Avez-vous reçu le "
               "colis ?"),
             S(1, "Bonjour {first}, oui, le colis est bien arrivé hier. Le remboursement complet vient "
                  "d'être effectué, vous le verrez sur votre relevé d'ici 3 à 5 jours ouvrés.", gap=45),
             C("Parfait, merci pour votre réactivité !", gap=20),
             S(1, "Avec plaisir, à bientôt !", gap=3),
         ]),
    dict(key="fr-expired-code", locale="fr-BE", city="Brussels", status="closed", unread=False, assignee=2,
         topics=["Discounts"], end=DAY + 2 * HOUR + 40,
         messages=[
             C("Bonjour, le code SUMMERSALE ne fonctionne pas au moment de payer. Il a expiré ?"),
             S(2, "Bonjour {first} ! Oui, ce code était valable jusqu'à la fin de l'été. Par contre, voici "
                  "la livraison offerte pour votre commande :", gap=7),
             D(2, "FREESHIP", gap=1),
             C("Génial, ça marche ! Merci 🙏", gap=4),
         ]),
    dict(key="fr-belgium-shipping", locale="fr-BE", city="Liège", status="open", unread=True,
         assignee=None, topics=["Shipping"], end=75,
         messages=[
             C("Bonjour, vous livrez en Belgique ? Et les frais de port, c'est combien ?"),
             S(1, "Bonjour {first} ! Oui, nous livrons en Belgique en 1 à 3 jours ouvrés. La livraison "
                  "coûte 4,95 € et elle est offerte dès 50 € d'achat.", gap=3),
             C("Super. Est-ce que je peux payer avec Bancontact ?", gap=4),
         ]),
    dict(key="fr-throw", locale="fr-CA", city="Montréal", status="open", unread=False, assignee=2,
         topics=["Product question"], end=9 * DAY + 5 * HOUR,
         messages=[
             C("Allô ! Est-ce que le {p:throw} pique ? J'ai la peau très sensible."),
             S(2, "Bonjour {first} ! Le mérinos est beaucoup plus doux que la laine classique et ne gratte "
                  "presque pas. Si vous voulez, je peux vous envoyer un petit échantillon gratuit pour "
                  "tester avant de commander. Ça vous intéresse ?", gap=30),
             C("Oui, avec plaisir ! Ça prendrait combien de temps pour arriver au Québec ?", gap=15),
             S(2, "Environ 7 à 10 jours ouvrés. Pouvez-vous me confirmer votre adresse par courriel ?",
               gap=5),
         ]),
    # ---------------------------------------------------------------- German (6)
    dict(key="de-order-status", locale="de-DE", city="Hamburg", status="open", unread=True, assignee=1,
         topics=["Order status"], end=2,
         orders=[dict(days=5, fulfillment="partially_fulfilled", financial="paid",
                      items=[("basket", "Large"), ("towel", "Bath towel"), ("cushion", "45 x 45 cm")])],
         messages=[
             C("Hallo, wo bleibt meine Bestellung {order}? Ich habe nur ein Paket bekommen."),
             S(1, "Hallo {first}, Ihre Bestellung wurde in zwei Paketen verschickt. Der Korb war schon "
                  "unterwegs, die Handtücher und der Kissenbezug folgen mit DHL: {tracking}", gap=2),
             C("Ah, danke! Wann ungefähr kommt das zweite Paket?", gap=3),
             S(1, "Laut DHL morgen oder übermorgen.", gap=2),
             C("Super, vielen Dank und schöne Grüße aus Hamburg!", gap=1),
         ]),
    dict(key="de-sizing", locale="de-DE", city="Munich", status="closed", unread=False, assignee=2,
         topics=["Sizing"], end=DAY + 4 * HOUR + 20,
         messages=[
             C("Guten Tag! Welche Größe empfehlen Sie beim {p:coat}? Ich trage normalerweise 40 und "
               "möchte gern einen dicken Pullover darunter anziehen."),
             S(2, "Hallo {first}! Der Mantel fällt normal aus. Mit einem dicken Pullover darunter würde ich "
                  "zur 42 raten, sonst passt die 40 perfekt.", gap=6),
             P(2, ["coat", "cable-knit"], gap=1),
             C("Danke, dann nehme ich die 42. Ist der Mantel wasserabweisend?", gap=4),
             S(2, "Leicht wasserabweisend, ja – für Nieselregen reicht es, bei Starkregen eher nicht.",
               gap=2),
             ADD("coat", "42", gap=3),
             C("Alles klar, liegt im Warenkorb. Danke für die schnelle Hilfe!", gap=2),
         ]),
    dict(key="de-return", locale="de-AT", city="Vienna", status="open", unread=False, assignee=2,
         topics=["Returns"], end=3 * DAY + HOUR,
         orders=[dict(days=14, fulfillment="fulfilled", financial="paid",
                      items=[("slippers", "39–41"), ("wraps", "One size")])],
         messages=[
             C("Grüß Gott! Die {p:slippers} passen leider nicht. Wie funktioniert die Rücksendung aus "
               "Österreich? Bestellung {order}."),
             NOTE("Conversation assigned to Aaron Agent", gap=1),
             S(2, "Hallo {first}! Sie können die Hausschuhe innerhalb von 30 Tagen zurückschicken. Starten "
                  "Sie die Rücksendung unter https://demo.shop/returns – das Etikett kommt dann per "
                  "E-Mail. Für Österreich kostet die Rücksendung leider 5,95 €.", gap=50),
             C("Okay. Kann ich stattdessen eine andere Größe bekommen, ohne die Gebühr?", gap=12),
             S(2, "Bei einem Umtausch übernehmen wir die Kosten gern. Welche Größe hätten Sie gern?", gap=6),
         ]),
    dict(key="de-newsletter", locale="de-DE", city="Düsseldorf", status="open", unread=False, assignee=1,
         topics=["Discounts"], end=2 * HOUR + 10, attrs={"email_marketing": True},
         messages=[
             C("Hallo, ich habe mich für den Newsletter angemeldet, aber keinen Rabattcode bekommen 🤔"),
             S(1, "Hallo {first}, das tut mir leid! Manchmal landet die Mail im Spam-Ordner. Hier ist Ihr "
                  "Code:", gap=5),
             D(1, "NEWSLETTER15", gap=1),
             C("Danke! Gilt der auch für Sale-Artikel?", gap=3),
             S(1, "Ja, der Code gilt für alle Artikel außer Gutscheinen.", gap=2),
         ]),
    dict(key="de-customs", locale="de-CH", city="Zürich", status="closed", unread=False, assignee=1,
         topics=["Shipping"], end=12 * DAY + 3 * HOUR,
         orders=[dict(days=16, fulfillment="fulfilled", financial="paid", items=[("weekender", "One size")])],
         messages=[
             C("Grüezi! Muss ich bei der Lieferung in die Schweiz Zoll bezahlen? Bestellung {order}."),
             S(1, "Grüezi {first}! Bei Bestellungen in die Schweiz ziehen wir die niederländische "
                  "Mehrwertsteuer an der Kasse ab. Die Post erhebt bei der Lieferung die Schweizer MWST "
                  "und eine kleine Bearbeitungsgebühr.", gap=15),
             C("Alles klar, danke für die Info!", gap=8),
         ]),
    dict(key="de-care", locale="de-DE", city="Berlin", status="open", unread=True, assignee=None,
         topics=["Product question"], end=4,
         messages=[
             C("Hallo! Kann man euren Leinen-Bettbezug bei 60 °C waschen? Mein Sohn hat eine "
               "Hausstauballergie."),
             C("Und läuft das Leinen ein? Die Größe 200 x 200 cm muss genau passen.", gap=1),
             ADD("duvet", "200 x 200 cm", gap=1),
         ]),
]

# --------------------------------------------------------------------------------------------------
# Orders

EU = {"NL", "BE", "FR", "DE", "AT", "LU", "IE"}


def order_total(rng, code, lines, by_alias):
    subtotal = sum(variant_of(by_alias[a], v)["price"]["amount"] * q for a, v, q in lines)
    if code in EU:
        shipping = 0 if subtotal >= 5000 else 495
    else:
        shipping = 1495
    return subtotal + shipping


def random_lines(rng, published):
    lines = []
    for _ in range(rng.choices([1, 2, 3, 4], weights=[50, 30, 15, 5])[0]):
        p = rng.choice(published)
        v = rng.choice(p["variants"])
        lines.append((p["alias"], v["title"], 2 if rng.random() < 0.1 else 1))
    return lines


def random_days(rng):
    roll = rng.random()
    if roll < 0.20:
        return rng.randint(0, 14)
    if roll < 0.42:
        return rng.randint(15, 60)
    return rng.randint(61, 400)


def random_status(rng, days):
    if days <= 2:
        fulfillment = "unfulfilled" if rng.random() < 0.8 else "fulfilled"
        financial = "pending" if rng.random() < 0.15 else "paid"
    elif days <= 10:
        fulfillment = rng.choices(["fulfilled", "partially_fulfilled", "unfulfilled"], [70, 10, 20])[0]
        financial = "pending" if fulfillment == "unfulfilled" and rng.random() < 0.3 else "paid"
    else:
        fulfillment = "partially_fulfilled" if days <= 30 and rng.random() < 0.08 else "fulfilled"
        financial = "paid"
        if fulfillment == "fulfilled":
            roll = rng.random()
            financial = "refunded" if roll < 0.06 else "partially_refunded" if roll < 0.15 else "paid"
    return fulfillment, financial


def order_is_open(days, fulfillment, financial):
    """Open until archived: unfulfilled, partial or unpaid orders always; fulfilled ones for 45 days."""
    if fulfillment != "fulfilled" or financial == "pending":
        return True
    if financial == "refunded":
        return False
    return days <= 45


# --------------------------------------------------------------------------------------------------
# Generation

def fill(text, ctx):
    def repl(m):
        key = m.group(1)
        if key.startswith("p:"):
            return ctx["by_alias"][key[2:]]["title"]
        if key not in ctx or ctx[key] is None:
            raise KeyError(f"placeholder {{{key}}} has no value")
        return ctx[key]
    return re.sub(r"\{([a-z]+(?::[a-z0-9-]+)?)\}", repl, text)


def generate():
    products, by_alias = make_products()
    for alias, product in by_alias.items():
        product["alias"] = alias
    published = [p for p in products if p["published"]]
    customers, crng = make_customers()
    by_id = {c["id"]: c for c in customers}

    # Claim one customer per conversation.
    claimed = {}
    for spec in CONVERSATIONS:
        if "same_customer_as" in spec:
            claimed[spec["key"]] = claimed[spec["same_customer_as"]]
            continue
        anonymous = spec.get("anonymous", False)
        ordered = spec.get("ordered", True) if not anonymous else False
        taken = set(id(c) for c in claimed.values())

        def fits(c, exact):
            if id(c) in taken or c["anonymous"] != anonymous:
                return False
            if c["locale"] != spec["locale"] and (exact or c["locale"][:2] != spec["locale"][:2]):
                return False
            if not anonymous and c["orders_planned"] != ordered:
                return False
            return spec.get("gender", c["gender"]) == c["gender"]

        # Prefer a customer with the same locale, else one of the same language (who then moves).
        c = next((c for c in customers if fits(c, True)), None) or \
            next((c for c in customers if fits(c, False)), None)
        if c is None:
            raise RuntimeError(f"no customer for conversation {spec['key']}")
        move_customer(c, spec["city"])
        for field, value in spec.get("attrs", {}).items():
            c[field] = value
        claimed[spec["key"]] = c

    # Internal notes for about 20 customers.
    nrng = random.Random(SEED + 3)
    noted = [c for c in customers if c["note"] is not None]
    candidates = [c for c in customers if c["orders_planned"] and c["note"] is None
                  and c not in claimed.values()]
    for c, text in zip(nrng.sample(candidates, 20 - len(noted)), NOTES):
        c["note"] = text

    # Orders: the conversations' orders first, then random ones up to 250.
    orng = random.Random(SEED + 4)
    raw = []  # (days, customer, fulfillment, financial, lines, forced index or None)
    fixed_customers = set()
    for spec in CONVERSATIONS:
        if "same_customer_as" in spec:
            continue
        c = claimed[spec["key"]]
        if "orders" in spec or "history" in spec:
            fixed_customers.add(c["id"])
        forced = spec.get("orders", [])
        for n, o in enumerate(forced):
            lines = [(a, v, 1) for a, v in o["items"]]
            raw.append(dict(days=o["days"], customer=c, fulfillment=o["fulfillment"],
                            financial=o["financial"], lines=lines, ref=(spec["key"], n)))
        oldest = max([o["days"] for o in forced], default=30)
        for _ in range(spec.get("history", 0)):
            days = orng.randint(oldest + 20, 400)
            fulfillment, financial = random_status(orng, days)
            raw.append(dict(days=days, customer=c, fulfillment=fulfillment, financial=financial,
                            lines=random_lines(orng, published), ref=None))
    pool = [c for c in customers if c["orders_planned"] and c["id"] not in fixed_customers]
    counts = {c["id"]: 1 for c in pool}
    loyal = orng.sample(pool, 40)
    while len(raw) + sum(counts.values()) < 250:
        counts[orng.choice(loyal)["id"]] += 1
    for c in pool:
        for _ in range(counts[c["id"]]):
            days = random_days(orng)
            fulfillment, financial = random_status(orng, days)
            raw.append(dict(days=days, customer=c, fulfillment=fulfillment, financial=financial,
                            lines=random_lines(orng, published), ref=None))
    # Numbers follow time: the oldest order is #1001. Ties are broken by customer id for stability.
    raw.sort(key=lambda o: (-o["days"], o["customer"]["id"], o["ref"] is None))
    orders, order_refs = [], {}
    for n, o in enumerate(raw):
        c = o["customer"]
        shipped = o["fulfillment"] in ("fulfilled", "partially_fulfilled")
        order = {
            "id": n + 1,
            "number": f"#{1001 + n}",
            "customer_id": c["id"],
            "placed_days_ago": o["days"],
            "total": money(order_total(orng, c["code"], o["lines"], by_alias)),
            "financial_status": o["financial"],
            "fulfillment_status": o["fulfillment"],
            "open": order_is_open(o["days"], o["fulfillment"], o["financial"]),
            "tracking_url": (f"https://track.example.com/{c['code']}{orng.randrange(10**11, 10**12)}"
                             if shipped else None),
            "status_page_url": f"{STOREFRONT}/orders/{orng.getrandbits(128):032x}",
        }
        orders.append(order)
        if o["ref"] is not None:
            order_refs[o["ref"]] = order

    # Customer totals from their orders.
    for c in customers:
        mine = [o for o in orders if o["customer_id"] == c["id"]]
        c["order_count"] = len(mine)
        c["customer_since_days_ago"] = max((o["placed_days_ago"] for o in mine), default=None)
        c["lifetime_spend"] = sum(o["total"]["amount"] for o in mine
                                  if o["financial_status"] in ("paid", "partially_refunded"))
        if c["note"] is not None and c["note_updated_days_ago"] is None:
            c["note_updated_days_ago"] = nrng.randint(1, c["customer_since_days_ago"] or 300)

    # Conversations.
    mrng = random.Random(SEED + 5)
    built = []
    carts = {}
    for spec in CONVERSATIONS:
        c = claimed[spec["key"]]
        owner = spec.get("same_customer_as", spec["key"])
        first_order = order_refs.get((owner, 0)) if owner == spec["key"] else None
        ctx = {"by_alias": by_alias, "first": c["first"],
               "order": first_order["number"] if first_order else None,
               "tracking": first_order["tracking_url"] if first_order else None}
        gaps = [m["gap"] if m["gap"] is not None else mrng.randint(1, 4) for m in spec["messages"]]
        minutes = spec["end"]
        times = [0] * len(gaps)
        for i in range(len(gaps) - 1, -1, -1):
            times[i] = minutes
            minutes += gaps[i]
        messages = []
        for m, t in zip(spec["messages"], times):
            out = {"minutes_ago": t, "author": m["author"], "staff_id": m.get("staff_id"), "kind": m["kind"]}
            if m["kind"] in ("text", "system"):
                out["body"] = fill(m["body"], ctx)
            elif m["kind"] == "products":
                out["body"] = ""
                out["product_ids"] = [by_alias[a]["id"] for a in m["aliases"]]
            elif m["kind"] == "discount":
                out["body"] = ""
                out["discount_code"] = m["code"]
            else:
                product = by_alias[m["alias"]]
                out["cart_action"] = m["action"]
                out["product_id"] = product["id"]
                out["variant_id"] = variant_of(product, m["vtitle"])["id"]
            messages.append(out)
        # The customer's live cart: lines given by the spec, then the cart events in order.
        events = [m for m in messages if m["kind"] == "cart_event"]
        if events or "cart" in spec:
            lines = []
            for alias, vtitle, qty in spec.get("cart", []):
                product = by_alias[alias]
                lines.append({"product_id": product["id"], "variant_id": variant_of(product, vtitle)["id"],
                              "quantity": qty})
            for e in events:
                line = next((l for l in lines if l["variant_id"] == e["variant_id"]), None)
                if e["cart_action"] == "add":
                    if line:
                        line["quantity"] += 1
                    else:
                        lines.append({"product_id": e["product_id"], "variant_id": e["variant_id"],
                                      "quantity": 1})
                else:
                    assert line is not None, f"{spec['key']}: removes a line that is not in the cart"
                    lines.remove(line)
            discount = next((m["discount_code"] for m in messages if m["kind"] == "discount"), None)
            updated = events[-1]["minutes_ago"] if events else spec["end"] + 3
            carts[c["id"]] = {"customer_id": c["id"], "lines": lines,
                              "discount_code": discount if events else None,
                              "updated_minutes_ago": updated}
        built.append({
            "customer_id": c["id"],
            "status": spec["status"],
            "unread": spec["unread"],
            "assignee_id": spec["assignee"],
            "topics": spec["topics"],
            "platform": "online_store",
            "messages": messages,
        })
    # Ids in the order the conversations started.
    built.sort(key=lambda conv: -conv["messages"][0]["minutes_ago"])
    conversations = [dict({"id": n + 1}, **conv) for n, conv in enumerate(built)]

    # More live carts, to about 20; two of them big.
    krng = random.Random(SEED + 6)
    in_stock = [(p, v) for p in published for v in p["variants"] if v["inventory"] > 0]
    shoppers = [c for c in customers if c["id"] not in carts and c not in claimed.values()]
    for n, c in enumerate(krng.sample(shoppers, 20 - len(carts))):
        size = {0: 6, 1: 4}.get(n, krng.choices([1, 2, 3], weights=[45, 35, 20])[0])
        picks = krng.sample(in_stock, size)
        lines = [{"product_id": p["id"], "variant_id": v["id"], "quantity": 2 if krng.random() < 0.15 else 1}
                 for p, v in picks]
        carts[c["id"]] = {"customer_id": c["id"], "lines": lines, "discount_code": None,
                          "updated_minutes_ago": krng.choice([2, 7, 18, 35, 50, 95, 180, 420, 900, 1600,
                                                              2900, 4300])}

    # Every variant a cart or cart event holds must be in stock.
    variants = {v["id"]: v for p in products for v in p["variants"]}
    vrng = random.Random(SEED + 7)
    for cart in carts.values():
        for line in cart["lines"]:
            v = variants[line["variant_id"]]
            if v["inventory"] < line["quantity"]:
                v["inventory"] = vrng.randint(line["quantity"] + 2, 12)
    for conv in conversations:
        for m in conv["messages"]:
            if m["kind"] == "cart_event" and variants[m["variant_id"]]["inventory"] == 0:
                variants[m["variant_id"]]["inventory"] = vrng.randint(3, 12)

    customer_out = []
    for c in customers:
        customer_out.append({
            "id": c["id"],
            "name": c["name"],
            "visitor_name": c["visitor_name"],
            "email": c["email"],
            "phone": c["phone"],
            "location": c["location"],
            "time_zone": c["time_zone"],
            "locale": c["locale"],
            "customer_since_days_ago": c["customer_since_days_ago"],
            "lifetime_spend": money(c["lifetime_spend"]),
            "order_count": c["order_count"],
            "email_marketing": c["email_marketing"],
            "sms_marketing": c["sms_marketing"],
            "note": c["note"],
            "note_updated_days_ago": c["note_updated_days_ago"],
        })
    for p in products:
        del p["alias"]
    return {
        "shop": SHOP,
        "staff": STAFF,
        "products": products,
        "discounts": DISCOUNTS,
        "customers": customer_out,
        "orders": orders,
        "carts": sorted(carts.values(), key=lambda cart: cart["customer_id"]),
        "conversations": conversations,
        "saved_replies": SAVED_REPLIES,
        "settings": SETTINGS,
    }


# --------------------------------------------------------------------------------------------------
# Check

def check(path):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")  # raises on invalid UTF-8
    data = json.loads(text)
    problems = []

    def require(ok, what):
        if not ok:
            problems.append(what)

    require(text == json.dumps(data, indent=2, ensure_ascii=False) + "\n", "file is not in canonical form")
    require(list(data) == ["shop", "staff", "products", "discounts", "customers", "orders", "carts",
                           "conversations", "saved_replies", "settings"], "top-level keys")

    def unique(items, key, section):
        values = [key(i) for i in items]
        require(len(values) == len(set(values)), f"{section}: duplicate {values}")
        return set(values)

    staff = {s["id"]: s for s in data["staff"]}
    unique(data["staff"], lambda s: s["id"], "staff ids")
    chat_staff = {i for i, s in staff.items() if s["chat_permission"]}
    products = {p["id"]: p for p in data["products"]}
    unique(data["products"], lambda p: p["id"], "product ids")
    unique(data["products"], lambda p: p["url"], "product urls")
    unique([v for p in data["products"] for v in p["variants"]], lambda v: v["id"], "variant ids")
    for p in data["products"]:
        require(1 <= len(p["variants"]) <= 4, f"product {p['id']}: {len(p['variants'])} variants")
        for v in p["variants"]:
            require(995 <= v["price"]["amount"] <= 18900, f"variant {v['id']}: price")
            require(0 <= v["inventory"] <= 50, f"variant {v['id']}: inventory")
            require(v["price"]["currency"] == "EUR", f"variant {v['id']}: currency")
    published = {i for i, p in products.items() if p["published"]}
    discounts = {d["code"]: d for d in data["discounts"]}
    unique(data["discounts"], lambda d: d["code"], "discount codes")
    active = {code for code, d in discounts.items() if d["active"]}

    customers = {c["id"]: c for c in data["customers"]}
    unique(data["customers"], lambda c: c["id"], "customer ids")
    unique(data["customers"], lambda c: c["visitor_name"], "visitor names")
    unique([c for c in data["customers"] if c["email"]], lambda c: c["email"].lower(), "emails")
    orders = data["orders"]
    unique(orders, lambda o: o["id"], "order ids")
    unique(orders, lambda o: o["number"], "order numbers")
    unique(orders, lambda o: o["status_page_url"], "order status pages")
    for prev, o in zip(orders, orders[1:]):
        require(int(o["number"][1:]) > int(prev["number"][1:]) and o["placed_days_ago"] <= prev["placed_days_ago"],
                f"order {o['number']}: numbers do not follow time")
    for o in orders:
        c = customers.get(o["customer_id"])
        require(c is not None, f"order {o['number']}: unknown customer")
        if c is None:
            continue
        require(c["name"] is not None, f"order {o['number']}: anonymous customer")
        require(0 <= o["placed_days_ago"] <= 400, f"order {o['number']}: placed_days_ago")
        shipped = o["fulfillment_status"] in ("fulfilled", "partially_fulfilled")
        require((o["tracking_url"] is not None) == shipped, f"order {o['number']}: tracking_url")
        if o["fulfillment_status"] == "unfulfilled" or o["financial_status"] == "pending":
            require(o["open"], f"order {o['number']}: should be open")
    for c in data["customers"]:
        mine = [o for o in orders if o["customer_id"] == c["id"]]
        require(c["order_count"] == len(mine), f"customer {c['id']}: order_count")
        since = max((o["placed_days_ago"] for o in mine), default=None)
        require(c["customer_since_days_ago"] == since, f"customer {c['id']}: customer_since_days_ago")
        spend = sum(o["total"]["amount"] for o in mine if o["financial_status"] in ("paid", "partially_refunded"))
        require(c["lifetime_spend"]["amount"] == spend, f"customer {c['id']}: lifetime_spend")
        if c["name"] is None:
            require(c["email"] is None and not c["email_marketing"] and not c["sms_marketing"],
                    f"customer {c['id']}: anonymous with contact data")
        require((c["note"] is None) == (c["note_updated_days_ago"] is None), f"customer {c['id']}: note")

    variant_product = {v["id"]: p["id"] for p in data["products"] for v in p["variants"]}
    variant_stock = {v["id"]: v["inventory"] for p in data["products"] for v in p["variants"]}
    unique(data["carts"], lambda c: c["customer_id"], "cart customers")
    for cart in data["carts"]:
        require(cart["customer_id"] in customers, f"cart of unknown customer {cart['customer_id']}")
        require(cart["discount_code"] is None or cart["discount_code"] in active, "cart discount code")
        for line in cart["lines"]:
            require(line["product_id"] in published, f"cart {cart['customer_id']}: unpublished product")
            require(variant_product.get(line["variant_id"]) == line["product_id"],
                    f"cart {cart['customer_id']}: variant {line['variant_id']} not of product")
            require(variant_stock.get(line["variant_id"], 0) >= line["quantity"],
                    f"cart {cart['customer_id']}: variant {line['variant_id']} out of stock")
    carts = {cart["customer_id"]: cart for cart in data["carts"]}

    unique(data["conversations"], lambda c: c["id"], "conversation ids")
    order_numbers = {o["number"]: o for o in orders}
    for conv in data["conversations"]:
        cid = conv["id"]
        require(conv["customer_id"] in customers, f"conversation {cid}: unknown customer")
        require(conv["assignee_id"] is None or conv["assignee_id"] in chat_staff, f"conversation {cid}: assignee")
        require(len(conv["topics"]) <= 2, f"conversation {cid}: topics")
        msgs = conv["messages"]
        require(3 <= len(msgs) <= 25, f"conversation {cid}: {len(msgs)} messages")
        times = [m["minutes_ago"] for m in msgs]
        require(all(a > b for a, b in zip(times, times[1:])), f"conversation {cid}: minutes_ago not decreasing")
        require(1 <= times[-1] <= 20 * 1440, f"conversation {cid}: latest message at {times[-1]} minutes")
        for m in msgs:
            where = f"conversation {cid} at {m['minutes_ago']}"
            if m["author"] == "staff":
                require(m["staff_id"] in chat_staff, f"{where}: staff_id")
            else:
                require(m["staff_id"] is None, f"{where}: staff_id for a non-staff author")
            kind = m["kind"]
            require(kind in ("text", "products", "discount", "cart_event", "system"), f"{where}: kind")
            if kind == "text":
                require(m["author"] in ("customer", "staff") and m["body"], f"{where}: text")
            if kind == "system":
                require(m["author"] == "system" and m["body"], f"{where}: system")
            if kind == "products":
                require(m["author"] == "staff" and 1 <= len(m["product_ids"]) <= 3, f"{where}: products")
                require(all(p in published for p in m["product_ids"]), f"{where}: unpublished product")
            if kind == "discount":
                require(m["author"] == "staff" and m["discount_code"] in active, f"{where}: discount")
            if kind == "cart_event":
                require(m["author"] == "system" and "body" not in m, f"{where}: cart_event")
                require(m["cart_action"] in ("add", "remove"), f"{where}: cart_action")
                require(m["product_id"] in published, f"{where}: unpublished product")
                require(variant_product.get(m["variant_id"]) == m["product_id"], f"{where}: variant")
            body = m.get("body", "")
            require("{" not in body, f"{where}: unfilled placeholder")
            for number in re.findall(r"#\d{4}", body):
                o = order_numbers.get(number)
                require(o is not None and o["customer_id"] == conv["customer_id"],
                        f"{where}: {number} is not this customer's order")
            for url in re.findall(r"https://track\.example\.com/\w+", body):
                require(any(o["tracking_url"] == url and o["customer_id"] == conv["customer_id"]
                            for o in orders), f"{where}: tracking url of another customer")
        # The last cart events must be reflected in the customer's cart.
        last = {}
        for m in msgs:
            if m["kind"] == "cart_event":
                last[m["variant_id"]] = m["cart_action"]
        if last:
            cart = carts.get(conv["customer_id"])
            held = {l["variant_id"] for l in cart["lines"]} if cart else set()
            for variant, action in last.items():
                require((variant in held) == (action == "add"), f"conversation {cid}: cart disagrees with events")
    require(len(data["saved_replies"]) == 6, "saved replies")

    # Summary.
    convs = data["conversations"]
    language = {c["id"]: c["locale"][:2] for c in data["customers"]}
    per_language = {}
    for conv in convs:
        lang = language[conv["customer_id"]]
        per_language[lang] = per_language.get(lang, 0) + 1
    customers_with = lambda days: len({o["customer_id"] for o in orders if o["placed_days_ago"] <= days})
    bodies = [m.get("body", "") for conv in convs for m in conv["messages"]]
    conv_customers = [conv["customer_id"] for conv in convs]
    repeat = [cid for cid in set(conv_customers) if conv_customers.count(cid) > 1]
    zones = sorted({c["time_zone"] for c in data["customers"] if c["time_zone"]})
    lines = [
        f"products: {len(products)} ({len(products) - len(published)} unpublished, "
        f"{sum(1 for p in data['products'] if len(p['title']) > 40)} titles over 40 characters, "
        f"{sum(1 for p in data['products'] for v in p['variants'] if v['inventory'] == 0)} variants sold out, "
        f"{len(variant_product)} variants)",
        f"discounts: {len(discounts)} ({len(active)} active)",
        f"customers: {len(customers)} ({sum(1 for c in data['customers'] if c['name'] is None)} anonymous, "
        f"{sum(1 for c in data['customers'] if c['name'] and c['order_count'] == 0)} named without orders, "
        f"{sum(1 for c in data['customers'] if c['note'])} with notes, {len(zones)} time zones)",
        f"orders: {len(orders)} ({orders[0]['number']}–{orders[-1]['number']}); "
        f"{sum(1 for o in orders if o['placed_days_ago'] <= 14)} within 14 days "
        f"({customers_with(14)} customers), {sum(1 for o in orders if o['placed_days_ago'] <= 60)} within "
        f"60 days ({customers_with(60)} customers), {sum(1 for o in orders if o['placed_days_ago'] > 60)} "
        f"older; {sum(1 for o in orders if o['open'])} open",
        "  financial: " + ", ".join(f"{s} {sum(1 for o in orders if o['financial_status'] == s)}"
                                    for s in ("paid", "pending", "refunded", "partially_refunded")),
        "  fulfillment: " + ", ".join(f"{s} {sum(1 for o in orders if o['fulfillment_status'] == s)}"
                                      for s in ("unfulfilled", "partially_fulfilled", "fulfilled")),
        f"carts: {len(data['carts'])} ({sum(1 for c in data['carts'] if len(c['lines']) > 3)} with more than "
        f"3 lines: {sorted(len(c['lines']) for c in data['carts'] if len(c['lines']) > 3)})",
        f"conversations: {len(convs)} ({sum(1 for c in convs if c['status'] == 'open')} open, "
        f"{sum(1 for c in convs if c['unread'])} unread, "
        f"{sum(1 for c in convs if c['messages'][-1]['minutes_ago'] <= 60)} active within the last hour, "
        f"{sum(1 for c in convs if customers[c['customer_id']]['name'] is None)} anonymous, "
        f"customers with two: {repeat})",
        "  languages: " + ", ".join(f"{k} {per_language.get(k, 0)}" for k in ("en", "nl", "fr", "de")),
        f"messages: {sum(len(c['messages']) for c in convs)} "
        f"(per conversation {min(len(c['messages']) for c in convs)}–{max(len(c['messages']) for c in convs)}; "
        + ", ".join(f"{k} {sum(1 for c in convs for m in c['messages'] if m['kind'] == k)}"
                    for k in ("text", "products", "discount", "cart_event", "system")) + ")",
        f"longest message: {max(len(b) for b in bodies)} characters; HTML message: "
        f"{any('<img src=x onerror=alert(1)>' in b for b in bodies)}; accents é ü ß ç: "
        f"{all(any(ch in b for b in bodies) for ch in 'éüßç')}",
        f"file: {len(raw)} bytes, valid UTF-8 JSON",
    ]
    print("\n".join(lines))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems[:50]:
            print("  " + p, file=sys.stderr)
        return False
    print("all consistency checks passed")
    return True


def main():
    if "--check" not in sys.argv[1:]:
        data = generate()
        with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        print(f"wrote {os.path.relpath(OUTPUT)}")
    sys.exit(0 if check(OUTPUT) else 1)


if __name__ == "__main__":
    main()
