#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
# SPDX-License-Identifier: MIT
"""Fills the English plural forms of wavespeed-monitor_en.ts from the source texts: "%n task(s)"
becomes "%n task" and "%n tasks". Run after lupdate -pluralonly (see README, Translations)."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/wavespeed-monitor_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    forms = translation.findall("numerusform")
    forms[0].text = re.sub(r"\(s\)", "", source)
    forms[1].text = re.sub(r"\(s\)", "s", source)
tree.write(path, encoding="utf-8", xml_declaration=True)
