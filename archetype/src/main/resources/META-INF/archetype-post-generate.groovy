// archetype:generate checks a property's validationRegex only when it asks for the value; -Dlanguage=de would
// otherwise give an English map without a word.
def language = request.properties.getProperty('language')
if (!(language in ['en', 'fr'])) {
    throw new IllegalArgumentException("language must be en or fr, not '" + language + "'")
}
