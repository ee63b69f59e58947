{{%AUTOESCAPE context="HTML"}}<!doctype html>
<html lang="{{LANG}}" dir="{{DIR}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} — {{SITE_NAME}}</title>
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<a class="skip" href="#main">{{SKIP_TO_CONTENT}}</a>
<header class="site">
<a class="brand" href="/?lang={{LANG}}">{{SITE_NAME}}</a>
<nav aria-label="{{LANGUAGES_LABEL}}">
<ul class="languages">{{#LANGUAGE}}
<li><a href="{{URL}}" lang="{{CODE}}" hreflang="{{CODE}}"{{#CURRENT}} aria-current="true"{{/CURRENT}}>{{NAME}}</a></li>{{/LANGUAGE}}
</ul>
</nav>
</header>
<main id="main">
{{>CONTENT}}
</main>
<footer class="site">
<p>{{FOOTER_TEXT}}</p>
<p><a href="/api/hsds/">{{OPEN_DATA_LINK}}</a></p>
</footer>
</body>
</html>
