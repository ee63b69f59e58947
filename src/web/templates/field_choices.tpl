{{%AUTOESCAPE context="HTML"}}<fieldset id="{{ID}}"{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}>
<legend>{{LABEL}}</legend>{{#HINT}}
<span id="{{ID}}-hint" class="hint">{{TEXT}}</span>{{/HINT}}{{#ERROR}}
<span id="{{ID}}-error" class="field-error">{{TEXT}}</span>{{/ERROR}}
<div class="choices">{{#OPTION}}
<p class="check"><input id="{{ID}}-{{CODE}}" name="{{NAME}}" type="{{TYPE}}" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="{{ID}}-{{CODE}}"{{#LANG}} lang="{{CODE}}"{{/LANG}}>{{LABEL}}</label></p>{{/OPTION}}
</div>
</fieldset>
