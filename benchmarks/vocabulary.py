"""Word pools of the synthetic corpus: titles, companies, places, pay, body sentences.

Data, not logic (`corpus.py` draws from it). Invented wording in the shape of real
postings; nothing here is copied from a real posting.
"""

from __future__ import annotations

# role family -> (title cores, skills named in the body, duties)
FAMILIES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "data": (
        ("Data Engineer", "Analytics Engineer", "Data Platform Engineer", "ETL Developer",
         "BI Developer", "dbt Developer", "Big Data Engineer", "Data Warehouse Engineer"),
        ("python", "sql", "dbt", "airflow", "snowflake", "bigquery", "spark", "kafka",
         "duckdb", "postgres", "dagster", "looker"),
        ("build and run batch and streaming pipelines", "model the warehouse in dbt",
         "own data quality checks and alerting", "cut the cost of our nightly loads",
         "work with analysts on metric definitions", "migrate legacy cron jobs to Airflow",
         "document lineage for the finance team", "tune slow queries and partitioning"),
    ),
    "backend": (
        ("Backend Engineer", "Python Developer", "Go Engineer", "Java Developer",
         "Node.js Developer", "Ruby on Rails Developer", "Django Developer", "API Engineer",
         "Rust Engineer", "PHP Developer", ".NET Developer", "Scala Engineer"),
        ("python", "go", "java", "node.js", "postgres", "redis", "kafka", "grpc", "django",
         "fastapi", "rust", "aws", "docker", "graphql"),
        ("design and ship REST and gRPC services", "keep p99 latency under budget",
         "own a service from design doc to on-call", "break up the monolith carefully",
         "review code and mentor two engineers", "write migrations that never lock tables",
         "integrate payment and identity providers", "improve test coverage of core flows"),
    ),
    "frontend": (
        ("Frontend Developer", "React Developer", "Vue.js Developer", "Frontend Engineer",
         "UI Engineer", "Angular Developer", "TypeScript Developer"),
        ("react", "typescript", "javascript", "vue", "next.js", "css", "graphql", "storybook",
         "playwright", "tailwind"),
        ("build accessible components for our design system", "ship features end to end",
         "keep bundle size and load time in check", "pair with designers on interactions",
         "write tests that catch regressions", "improve Core Web Vitals across the app"),
    ),
    "fullstack": (
        ("Full Stack Developer", "Full-Stack Engineer", "Software Engineer", "Web Developer",
         "Shopify Developer", "WordPress Developer"),
        ("typescript", "react", "node.js", "python", "postgres", "aws", "php", "django",
         "shopify", "wordpress"),
        ("own features across API and UI", "talk to customers about what to build next",
         "set up CI and preview deployments", "fix what slows the team down",
         "build internal tools for operations", "keep the storefront fast and stable"),
    ),
    "mobile": (
        ("iOS Developer", "Android Engineer", "Flutter Developer", "React Native Developer",
         "Mobile Engineer"),
        ("swift", "kotlin", "flutter", "react native", "typescript", "firebase", "graphql"),
        ("ship releases every two weeks", "own crash-free rates and app start time",
         "build offline-first sync", "work with product on onboarding experiments",
         "maintain our shared component library"),
    ),
    "devops": (
        ("DevOps Engineer", "Site Reliability Engineer", "Platform Engineer", "Cloud Engineer",
         "Infrastructure Engineer", "Kubernetes Engineer"),
        ("kubernetes", "terraform", "aws", "gcp", "azure", "docker", "prometheus", "ansible",
         "python", "go", "linux", "helm"),
        ("run our Kubernetes clusters across three regions", "write Terraform modules",
         "own incident response and postmortems", "cut cloud spend without losing sleep",
         "build golden paths for product teams", "automate certificate and secret rotation"),
    ),
    "ml": (
        ("Machine Learning Engineer", "Data Scientist", "MLOps Engineer", "AI Engineer",
         "NLP Engineer", "Computer Vision Engineer", "LLM Engineer"),
        ("python", "pytorch", "tensorflow", "scikit-learn", "sql", "spark", "mlflow",
         "kubernetes", "langchain", "pandas"),
        ("train and ship ranking models", "build evaluation sets with the product team",
         "serve models with tight latency budgets", "monitor drift in production",
         "run experiments and explain the results", "fine-tune models on our domain data"),
    ),
    "security": (
        ("Security Engineer", "Penetration Tester", "Application Security Engineer"),
        ("python", "aws", "kubernetes", "burp suite", "terraform", "linux", "siem"),
        ("run threat models with product teams", "triage our bug bounty reports",
         "harden CI and the supply chain", "lead the SOC 2 evidence collection"),
    ),
    "qa": (
        ("QA Engineer", "Test Automation Engineer", "Quality Engineer"),
        ("playwright", "cypress", "python", "java", "selenium", "typescript", "jmeter"),
        ("automate the regression suite", "own release sign-off", "build load tests",
         "work with developers on testability"),
    ),
    "design": (
        ("Product Designer", "UX Designer", "UI/UX Designer", "Brand Designer"),
        ("figma", "prototyping", "user research", "design systems", "illustrator"),
        ("run discovery interviews", "design flows from sketch to spec",
         "keep the design system coherent", "test prototypes with real users"),
    ),
    "product": (
        ("Product Manager", "Technical Product Manager", "Project Manager", "Scrum Master",
         "Engineering Manager"),
        ("jira", "sql", "roadmapping", "agile", "analytics", "stakeholder management"),
        ("own the roadmap for two teams", "write clear specs and acceptance criteria",
         "run planning and retrospectives", "report progress to the leadership team"),
    ),
    "writing": (
        ("Technical Writer", "Content Writer", "Copywriter", "Documentation Engineer"),
        ("markdown", "docs-as-code", "seo", "api documentation", "git"),
        ("write guides and API references", "edit engineers' drafts",
         "keep the docs in step with releases", "plan the content calendar"),
    ),
    "marketing": (
        ("Growth Marketer", "SEO Specialist", "Performance Marketing Manager",
         "Marketing Automation Specialist"),
        ("google ads", "hubspot", "seo", "sql", "analytics", "copywriting"),
        ("run paid campaigns across three channels", "own the lifecycle e-mails",
         "report CAC and payback monthly", "test landing pages every week"),
    ),
}  # fmt: skip
FAMILY_WEIGHTS = {
    "data": 14, "backend": 18, "frontend": 11, "fullstack": 12, "mobile": 6, "devops": 10,
    "ml": 9, "security": 3, "qa": 4, "design": 4, "product": 4, "writing": 2, "marketing": 3,
}  # fmt: skip

# (prefix, weight, the level word dedupe reads); "Sr." and "Senior" are one level
LEVELS = (
    ("", 40, ""), ("Senior ", 24, "senior"), ("Sr. ", 4, "senior"), ("Junior ", 6, "junior"),
    ("Jr. ", 1, "junior"), ("Lead ", 6, "lead"), ("Staff ", 4, "staff"),
    ("Principal ", 3, "principal"), ("Mid-level ", 3, ""),
)  # fmt: skip
# spam a board adds to a reposted title
TITLE_SPAM = (
    " - Urgent", " (Urgent)", " - Hiring Now", " | Hiring Now!", " (Remote)", " - Remote",
    " - Apply Today", " - Immediate Start", " (100% Remote)", " !!", " - Top Pay",
)  # fmt: skip
TITLE_SPAM_PREFIX = ("URGENT: ", "Hiring Now: ", "[Remote] ")

COMPANY_FIRST = (  # noqa: SIM905
    "Kestrel Blue Northwind Fernhill Tidepool Lumen Quartz Cobalt Ember Granite Harbor "
    "Juniper Maple Nimbus Orchid Pioneer Redwood Saffron Summit Tangent Umber Vertex Willow "
    "Zephyr Aurora Beacon Cedar Delta Echo Falcon Glacier Helix Iris Jade Keystone Lattice "
    "Meridian Nova Onyx Prism Quill Raven Sierra Solstice Tundra Vector Wren Yarrow Zenith "
    "Alder Birch Canyon Dune Everest Fjord Grove Haven Indigo Jasper Kite Lark Mesa Nectar "
    "Oak Pebble River Sable Thistle Upland Velvet Acorn Bramble Comet Drift Elm Flint Garnet "
    "Heron Kelp Lynx Moss North Otter Pine Ridge Slate Thorn Vale Data Cloud Byte Pixel Code "
    "Stack Logic Quantum Open Bright Clear Swift True Next Green Silver Golden Red Bay Fox "
    "Hawk Iron Lake Moon Sun Star Sky Stone Wind Wave Bolt Spark Peak Arc Ash"
).split()
COMPANY_SECOND = (  # noqa: SIM905
    "Robotics Analytics Labs Systems Health Energy Logistics Software Networks Media Finance "
    "Payments Bio Security Cloud Games Studio AI Works Tech Digital Solutions Ventures "
    "Mobility Foods Insurance Learning Travel Retail Commerce Capital Dynamics Metrics Signals "
    "Forge Hub Stack Flow Point Line Base Grid Corp Group Partners Data Apps Devices Audio "
    "Motors Markets Homes"
).split()
# legal suffixes as companies write them; "" most often
LEGAL = (
    ("", 45), (" GmbH", 8), (" Inc.", 10), (" Inc", 3), (", Inc.", 3), (" Ltd", 6),
    (" Ltd.", 2), (" LLC", 6), (" B.V.", 3), (" AG", 2), (" SAS", 2), (" Limited", 2),
    (" S.L.", 1), (" Oy", 1), (" AB", 1), (" Pty Ltd", 1), (" Corp.", 2), (" GmbH & Co. KG", 1),
)  # fmt: skip
SECTORS = (
    "logistics", "fintech", "health", "climate", "developer tools", "e-commerce", "insurance",
    "energy", "education", "travel", "security", "media", "mobility", "food delivery",
    "recruiting", "real estate", "legal tech", "biotech", "gaming", "manufacturing",
)  # fmt: skip

# city, country, short country, region code (US state, Canadian province), local name;
# the bloc a remote posting of that country names
CITIES = (
    ("Berlin", "Germany", "DE", "", ""), ("Munich", "Germany", "DE", "", "München"),
    ("Hamburg", "Germany", "DE", "", ""), ("London", "United Kingdom", "UK", "", ""),
    ("Manchester", "United Kingdom", "UK", "", ""), ("Amsterdam", "Netherlands", "NL", "", ""),
    ("Paris", "France", "FR", "", ""), ("Lisbon", "Portugal", "PT", "", "Lisboa"),
    ("Madrid", "Spain", "ES", "", ""), ("Barcelona", "Spain", "ES", "", ""),
    ("Warsaw", "Poland", "PL", "", "Warszawa"), ("Prague", "Czechia", "CZ", "", "Praha"),
    ("Vienna", "Austria", "AT", "", "Wien"), ("Zurich", "Switzerland", "CH", "", "Zürich"),
    ("Stockholm", "Sweden", "SE", "", ""), ("Copenhagen", "Denmark", "DK", "", ""),
    ("Dublin", "Ireland", "IE", "", ""), ("Milan", "Italy", "IT", "", "Milano"),
    ("Brussels", "Belgium", "BE", "", ""), ("Helsinki", "Finland", "FI", "", ""),
    ("New York", "United States", "US", "NY", ""),
    ("San Francisco", "United States", "US", "CA", ""),
    ("Austin", "United States", "US", "TX", ""), ("Seattle", "United States", "US", "WA", ""),
    ("Boston", "United States", "US", "MA", ""), ("Chicago", "United States", "US", "IL", ""),
    ("Toronto", "Canada", "CA", "ON", ""), ("Vancouver", "Canada", "CA", "BC", ""),
    ("Bangalore", "India", "IN", "KA", "Bengaluru"), ("Singapore", "Singapore", "SG", "", ""),
    ("Sydney", "Australia", "AU", "NSW", ""), ("Tel Aviv", "Israel", "IL", "", ""),
)  # fmt: skip
# remote scopes: each a list of strings boards write for the same scope
REMOTE_SCOPES = (
    ("Remote (EU)", "Remote - Europe", "Europe", "EU only", "Remote, European Union",
     "Remote (CET ± 2h)"),
    ("Remote (US only)", "United States (Remote)", "Remote - US", "USA", "Remote, US"),
    ("Remote", "Worldwide", "Anywhere", "Remote, worldwide", "Remote (Anywhere)"),
    ("Remote (EMEA)", "EMEA", "Remote - EMEA"),
    ("Remote (Americas)", "Americas", "Remote - North or South America"),
    ("Remote (APAC)", "APAC", "Remote - Asia Pacific"),
    ("Remote (UK)", "United Kingdom (Remote)", "UK only"),
    ("Remote (Germany)", "Germany (Remote)", "Remote, Deutschland"),
)  # fmt: skip
REMOTE_WEIGHTS = (30, 22, 20, 8, 5, 4, 6, 5)

EURO = frozenset("DE NL FR PT ES IT AT BE FI IE CZ".split())  # noqa: SIM905
CURRENCY_OF_COUNTRY = {"US": "USD", "UK": "GBP", "CA": "CAD", "IN": "INR", "AU": "AUD",
                       "SG": "SGD", "IL": "USD", "CH": "CHF", "SE": "SEK", "DK": "DKK",
                       "PL": "PLN"}  # fmt: skip
SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "CA$", "AUD": "A$", "INR": "₹"}

# engagement -> (weight, ways the body states it)
ENGAGEMENTS = {
    "full_time": (45, ("Full-time, permanent position.", "This is a full-time role.",
                       "Permanent, full-time (40 hours a week).")),
    "contract": (25, ("This is a 6-month contract with a likely extension.",
                      "Contract role, 3 months to start, outside IR35.",
                      "12-month contract, B2B or 1099.", "Contract (C2C welcome), 6 months.")),
    "freelance": (15, ("Freelance, about 20 hours a week.", "Freelance project, 8-10 weeks.",
                       "We work with freelancers on a monthly retainer.")),
    "part_time": (10, ("Part-time, 24 hours a week.", "Part-time (20h/week), flexible hours.")),
    "fractional": (5, ("Fractional role: two days a week.", "Fractional, 1-2 days per week.")),
}  # fmt: skip
# a source's label for an engagement it states in a structured field
ENGAGEMENT_LABEL = {"full_time": "Full-time", "contract": "Contract", "freelance": "Freelance",
                    "part_time": "Part-time", "fractional": "Part-time"}  # fmt: skip

INTRO = (
    ("{company} builds {sector} software used by {users} teams in {countries} countries.",
     "At {company} we make {sector} tools that {users} teams across {countries} countries rely on.",
     "{company} is a {sector} company serving {users} customers in {countries} countries."),
    ("We are {size} people, {funding}, and profitable since {year}.",
     "The team is {size} strong, {funding}, and has been profitable since {year}.",
     "We have grown to {size} people, are {funding}, and turned profitable in {year}."),
    ("We work in small teams with a lot of ownership and little process.",
     "Teams are small, own their roadmap, and keep meetings to a minimum.",
     "Our teams are small and autonomous; we write things down instead of meeting."),
)  # fmt: skip
ROLE = (
    ("We are looking for a {title} to join our {family} team.",
     "We're hiring a {title} for the {family} team.",
     "Our {family} team needs a {title}."),
    ("You will work closely with {peers} and report to our {boss}.",
     "You'll work side by side with {peers} and report to the {boss}.",
     "Day to day you work with {peers}; you report to our {boss}."),
)  # fmt: skip
PROJECT = (
    ("Our stack: {skills}.", "We build with {skills}.", "The stack today: {skills}."),
    ("We deploy {deploys} times a week and keep on-call light.",
     "We ship {deploys} times a week, with a calm on-call rotation.",
     "Releases go out {deploys} times a week; on-call is shared and quiet."),
    ("Most of us work remotely and we meet in person twice a year.",
     "We are remote-friendly and get together twice a year.",
     "The team is spread over a few time zones and meets twice a year."),
)  # fmt: skip
NEED = (
    ("{years}+ years of professional experience with {skill}",
     "At least {years} years working with {skill}",
     "Solid, hands-on experience with {skill} ({years}+ years)"),
    ("Good knowledge of {skill} and {skill2}", "You know {skill} and {skill2} well",
     "Comfortable with {skill} and {skill2}"),
    ("Experience running {skill} in production", "You have shipped {skill} to production",
     "Production experience with {skill}"),
    ("Clear written English", "You write clearly in English",
     "Fluent English, written and spoken"),
    ("You can work on your own and ask for help early", "Self-directed, and you ask early",
     "Able to work independently and raise problems early"),
)  # fmt: skip
NICE = (
    "Experience with {skill}", "Open-source contributions", "Startup experience",
    "Some exposure to {skill}", "German or French", "Experience in {sector}",
    "You have worked with {users} customers before",
)  # fmt: skip
PROCESS = (
    ("Interviews: a 30-minute call, a paid take-home task, and a chat with the team.",
     "Our process has three steps: an intro call, a small paid task, and a team interview.",
     "Expect an intro call, a short paid exercise, then meeting the people you'd work with."),
    ("We welcome applicants of every background and answer every application.",
     "Everyone is welcome to apply, and every application gets a reply.",
     "We reply to every applicant, whatever the outcome."),
)  # fmt: skip
BENEFITS = (
    "Flexible hours and a four-day week in summer", "A yearly learning budget of 1,500 EUR",
    "Home office budget", "30 days of paid leave", "Team offsite twice a year",
    "Private health insurance", "Equipment of your choice", "Stock options",
    "Paid parental leave", "A monthly wellness allowance",
)  # fmt: skip
APPLY = (
    "Apply through our careers page with a CV or a LinkedIn profile.",
    "Send your CV and a short note to jobs@{domain}.",
    "Apply with your GitHub profile or two links to your work; we reply within a week.",
    "To apply, use the form on our site; no recruiters, please.",
)  # fmt: skip
# scam wording, at a low rate: each a request no real employer makes
SCAM = (
    "A refundable registration fee of $60 is required before onboarding.",
    "Contact our hiring manager on Telegram @fasthire_desk to continue.",
    "We will send you a check to purchase your home office equipment from our vendor.",
    "Please send your bank details and SSN with your application to speed things up.",
    "Earn $5,000 a week from home, no experience needed! Message us on WhatsApp.",
)  # fmt: skip
PEERS = ("two senior engineers", "the data team", "our designers", "the founders",
         "a product manager and four engineers", "the platform team")  # fmt: skip
BOSSES = ("CTO", "VP of Engineering", "Head of Data", "engineering manager", "founder")
FUNDING = ("bootstrapped", "seed funded", "Series A funded", "Series B funded",
           "backed by two climate funds")  # fmt: skip
USERS = ("small", "mid-sized", "enterprise", "public-sector", "non-profit", "10,000+")

POSTERS = ("jdoe", "mkr", "tanya_b", "sam-h", "hiringbot", "rlopez", "kai", "pjain", "ewang")
