namespace Reader.Claims.Text;

/// <summary>
/// Words that commonly open an English sentence. After an ambiguous abbreviation ("… in the U.S. The …")
/// one of these tips the balance towards a sentence break; a name ("General Motors") does not.
/// </summary>
internal static class SentenceStarters
{
    public static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "In", "On",
        "At", "But", "And", "Or", "So", "Yet", "However", "A", "An", "As", "After", "Before", "When", "While",
        "If", "Although", "Though", "Meanwhile", "There", "Here", "His", "Her", "Their", "Our", "My", "Some",
        "Many", "Most", "For", "From", "With", "What", "Who", "Why", "How", "Still", "Also", "Then", "Now",
        "According", "Despite", "During", "Since", "Because", "Instead", "Moreover", "Furthermore", "Thus",
        "Such", "Both", "Each", "All", "Another", "Other", "No", "Not", "Only", "Even", "Yes", "Officials",
        "Experts", "Analysts", "Critics", "Last", "Next", "Earlier", "Later", "Today", "Yesterday", "Overall",
        "Nonetheless", "Nevertheless", "Indeed", "By", "To", "Under", "Over", "Among", "Amid", "Until", "Within",
        "Where", "Which", "Whether", "Unlike", "Like", "Given", "Notably", "Importantly",
    };
}
