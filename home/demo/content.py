# ruff: noqa: E501
"""The demo network: a fictional cooperative of hospitality communities, in several languages.

Every person and place is invented. A text is a dict of language code -> text; a plain str is the
same in every language (a person's name).
"""

LANGUAGES = ("fr", "en", "it")  # every text has at least these

HOME = {
    "title": {
        "fr": "Bienvenue sur Passage",
        "en": "Welcome to Passage",
        "it": "Benvenuti su Passage",
        "ar": "مرحبًا بكم في باساج",
        "sr": "Добро дошли на Пасаж",
    },
    "intro": {
        "fr": "Passage relie des communautés d’hospitalité — coopératives d’habitants, parcs, fermes, auberges, cafés — qui accueillent les voyageurs à leur table et sur leurs chemins. Ici, pas de publicité, pas de commission, pas de notes : on s’écrit, puis on se rencontre.",
        "en": "Passage links hospitality communities — inhabitants’ cooperatives, parks, farms, hostels, cafés — that welcome travellers to their tables and onto their paths. No advertising here, no commission, no ratings: we write to each other, then we meet.",
        "it": "Passage collega comunità dell’ospitalità — cooperative di abitanti, parchi, fattorie, ostelli, caffè — che accolgono i viaggiatori alla loro tavola e sui loro sentieri. Qui niente pubblicità, niente commissioni, niente voti: ci si scrive, poi ci si incontra.",
        "ar": "يربط باساج بين مجتمعات الضيافة — تعاونيات سكان، ومنتزهات، ومزارع، ونُزُل، ومقاهٍ — تستقبل المسافرين إلى موائدها ودروبها. لا إعلانات هنا، ولا عمولات، ولا تقييمات: نتراسل، ثم نلتقي.",
        "sr": "Пасаж повезује заједнице гостопримства — задруге станара, паркове природе, сеоска домаћинства, хостеле и кафее — које путнике дочекују за својим столом и на својим стазама. Овде нема реклама, провизија ни оцена: пишемо једни другима, па се сретнемо.",
    },
    "extra_languages": ["ar", "sr"],  # the loader reads the shared pages' languages from here
    "body": [
        (
            "heading",
            {
                "fr": "Voyager chez les gens, pas chez les marques",
                "en": "Travel to people, not to brands",
                "it": "Viaggiare dalla gente, non dai marchi",
                "ar": "نسافر عند الناس، لا عند العلامات التجارية",
                "sr": "Путујемо код људи, а не код брендова",
            },
        ),
        (
            "paragraph",
            {
                "fr": "Passage est né d’une idée simple : les plus beaux voyages commencent quand quelqu’un vous ouvre sa porte. Nos communautés sont des quartiers, des villages, des ports et des forêts où des habitants ont décidé, ensemble, d’accueillir celles et ceux qui passent.",
                "en": "Passage was born of a simple idea: the best journeys begin when someone opens their door to you. Our communities are neighbourhoods, villages, harbours and forests where people have decided, together, to welcome those who pass through.",
                "it": "Passage è nato da un’idea semplice: i viaggi più belli cominciano quando qualcuno vi apre la porta. Le nostre comunità sono quartieri, villaggi, porti e foreste dove gli abitanti hanno deciso, insieme, di accogliere chi passa.",
                "ar": "وُلد باساج من فكرة بسيطة: أجمل الرحلات تبدأ حين يفتح لك أحدهم بابه. مجتمعاتنا أحياء وقرى وموانئ وغابات قرّر سكانها، معًا، أن يستقبلوا العابرين.",
                "sr": "Пасаж је настао из једноставне идеје: најлепша путовања почињу када вам неко отвори врата. Наше заједнице су четврти, села, луке и шуме у којима су становници заједно одлучили да дочекују оне који пролазе.",
            },
        ),
        (
            "heading",
            {
                "fr": "Comment ça marche",
                "en": "How it works",
                "it": "Come funziona",
                "ar": "كيف يعمل باساج",
                "sr": "Како то функционише",
            },
        ),
        (
            "paragraph",
            {
                "fr": "Vous parcourez les communautés, vous lisez leurs propositions — une chambre, une marche, un repas, un atelier — et vous leur écrivez directement. Il n’y a ni panier ni paiement en ligne : on se met d’accord entre personnes, puis on se retrouve.",
                "en": "You browse the communities, read what they offer — a room, a walk, a meal, a workshop — and write to them directly. There is no basket and no online payment: people agree between themselves, then meet.",
                "it": "Sfogliate le comunità, leggete le loro proposte — una camera, una camminata, un pasto, un laboratorio — e scrivete loro direttamente. Non c’è carrello né pagamento online: ci si mette d’accordo tra persone, poi ci si ritrova.",
                "ar": "تتصفّحون المجتمعات، وتقرؤون ما تقترحه — غرفة، أو نزهة، أو وجبة، أو ورشة — ثم تكتبون إليها مباشرة. لا سلّة مشتريات ولا دفع عبر الإنترنت: يتّفق الناس فيما بينهم، ثم يلتقون.",
                "sr": "Разгледате заједнице, читате шта нуде — собу, шетњу, оброк, радионицу — и пишете им директно. Нема корпе ни плаћања преко интернета: људи се договоре међусобно, а затим се нађу.",
            },
        ),
        (
            "quote",
            {
                "quote": {
                    "fr": "On ne vend pas des nuitées, on partage un bout de vie. Le voyageur repart avec nos recettes, et nous, on garde ses histoires.",
                    "en": "We don’t sell nights, we share a piece of life. The traveller leaves with our recipes, and we keep their stories.",
                    "it": "Non vendiamo pernottamenti, condividiamo un pezzo di vita. Il viaggiatore riparte con le nostre ricette, e noi ci teniamo le sue storie.",
                    "ar": "نحن لا نبيع ليالي مبيت، بل نتقاسم جزءًا من حياتنا. يرحل المسافر حاملًا وصفاتنا، ونحتفظ نحن بحكاياته.",
                    "sr": "Не продајемо ноћења, делимо комадић живота. Путник одлази са нашим рецептима, а ми чувамо његове приче.",
                },
                "attribution": "Nadia Belkacem",
                "role": {
                    "fr": "habitante des Terrasses du Nord, Valmorel",
                    "en": "resident of the Northern Terraces, Valmorel",
                    "it": "abitante delle Terrazze del Nord, Valmorel",
                    "ar": "من سكان تيراس الشمال، فالموريل",
                    "sr": "становница Северних тераса, Валморел",
                },
            },
        ),
        (
            "heading",
            {
                "fr": "Ni publicité, ni commission, ni notes",
                "en": "No advertising, no commission, no ratings",
                "it": "Niente pubblicità, niente commissioni, niente voti",
                "ar": "لا إعلانات ولا عمولات ولا تقييمات",
                "sr": "Без реклама, без провизије, без оцена",
            },
        ),
        (
            "paragraph",
            {
                "fr": "Aucun euro ne s’arrête en chemin : ce que vous payez va entièrement à celles et ceux qui vous reçoivent. Nous ne classons personne et nous ne vendons aucune donnée ; la confiance se construit par la rencontre, pas par des étoiles.",
                "en": "Not a single euro stops along the way: what you pay goes entirely to the people who host you. We rank nobody and sell no data; trust is built by meeting, not by stars.",
                "it": "Nemmeno un euro si ferma per strada: quello che pagate va interamente a chi vi accoglie. Non classifichiamo nessuno e non vendiamo alcun dato; la fiducia si costruisce con l’incontro, non con le stelle.",
                "ar": "لا يتوقّف أيّ يورو في منتصف الطريق: كل ما تدفعونه يذهب كاملًا إلى من يستقبلونكم. لا نصنّف أحدًا ولا نبيع أيّ بيانات؛ فالثقة تُبنى باللقاء، لا بالنجوم.",
                "sr": "Ниједан евро се не задржава успут: све што платите иде у целости онима који вас дочекују. Никога не рангирамо и не продајемо никакве податке; поверење се гради сусретом, а не звездицама.",
            },
        ),
    ],
}

OFFER_FINDER = {
    "title": {
        "fr": "Toutes les offres",
        "en": "All offers",
        "it": "Tutte le proposte",
        "ar": "كل العروض",
        "sr": "Све понуде",
    },
    "intro": {
        "fr": "Balades, chambres chez l’habitant, ateliers, repas et fêtes : choisissez vos dates, vos besoins et vos envies, puis écrivez directement à la communauté.",
        "en": "Walks, rooms in people’s homes, workshops, meals and festivities: choose your dates, your needs and your interests, then write to the community directly.",
        "it": "Passeggiate, camere presso gli abitanti, laboratori, pasti e feste: scegliete le date, le esigenze e gli interessi, poi scrivete direttamente alla comunità.",
        "ar": "نزهات، وغرف لدى السكان، وورشات، ووجبات، واحتفالات: اختاروا تواريخكم واحتياجاتكم واهتماماتكم، ثم راسلوا المجتمع مباشرة.",
        "sr": "Шетње, собе код домаћина, радионице, оброци и славља: изаберите датуме, потребе и интересовања, па пишите директно заједници.",
    },
}

DESTINATIONS = {
    "title": {
        "fr": "Les communautés",
        "en": "Communities",
        "it": "Le comunità",
        "ar": "المجتمعات",
        "sr": "Заједнице",
    },
    "intro": {
        "fr": "Sept collectifs, de la Méditerranée au Danube et de l’Atlantique aux forêts de Lituanie. Choisissez un lieu, lisez ce qu’il propose, et écrivez-lui directement.",
        "en": "Seven collectives, from the Mediterranean to the Danube and from the Atlantic to the forests of Lithuania. Choose a place, read what it offers, and write to it directly.",
        "it": "Sette collettivi, dal Mediterraneo al Danubio e dall’Atlantico alle foreste della Lituania. Scegliete un luogo, leggete che cosa propone e scrivetegli direttamente.",
        "ar": "سبعة تجمّعات، من البحر الأبيض المتوسط إلى نهر الدانوب، ومن المحيط الأطلسي إلى غابات ليتوانيا. اختاروا مكانًا، واقرؤوا ما يقترحه، واكتبوا إليه مباشرة.",
        "sr": "Седам колектива, од Средоземља до Дунава и од Атлантика до литванских шума. Изаберите место, прочитајте шта нуди и пишите му директно.",
    },
}

STANDARD_PAGES = [
    {
        "title": {
            "fr": "À propos de la coopérative",
            "en": "About the cooperative",
            "it": "La cooperativa",
            "ar": "عن التعاونية",
            "sr": "О задрузи",
        },
        "intro": {
            "fr": "Passage est une coopérative à but non lucratif, possédée et gouvernée par les communautés qui la composent. Une communauté, une voix, quelle que soit sa taille.",
            "en": "Passage is a not-for-profit cooperative, owned and governed by the communities that make it up. One community, one vote, whatever its size.",
            "it": "Passage è una cooperativa senza scopo di lucro, posseduta e governata dalle comunità che la compongono. Una comunità, un voto, qualunque sia la sua dimensione.",
            "ar": "باساج تعاونية غير ربحية، تملكها وتديرها المجتمعات التي تتكوّن منها. لكل مجتمع صوت واحد، مهما كان حجمه.",
            "sr": "Пасаж је непрофитна задруга чији су власници заједнице које је чине и које њоме управљају. Једна заједница, један глас, без обзира на величину.",
        },
        "body": [
            (
                "heading",
                {
                    "fr": "Qui sommes-nous",
                    "en": "Who we are",
                    "it": "Chi siamo",
                    "ar": "من نحن",
                    "sr": "Ко смо ми",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Tout a commencé en 2016, autour d’une table de cuisine à Valmorel, avec des habitants des quartiers nord, un berger des Combes d’Orsan et un pêcheur de Porto Salvia. Ils recevaient déjà des voyageurs, chacun à sa manière, et voulaient se passer des grandes plateformes qui prélevaient leur part sans jamais venir dîner.",
                    "en": "It all began in 2016, around a kitchen table in Valmorel, with residents of the northern districts, a shepherd from the Combes d’Orsan and a fisherman from Porto Salvia. Each was already hosting travellers in their own way, and they wanted to do without the big platforms that took their cut without ever coming to dinner.",
                    "it": "Tutto è cominciato nel 2016, attorno a un tavolo di cucina a Valmorel, con alcuni abitanti dei quartieri nord, un pastore delle Combes d’Orsan e un pescatore di Porto Salvia. Ognuno accoglieva già dei viaggiatori a modo suo, e volevano fare a meno delle grandi piattaforme che prendevano la loro parte senza mai venire a cena.",
                    "ar": "بدأ كل شيء سنة 2016، حول طاولة مطبخ في فالموريل، مع سكان من الأحياء الشمالية، وراعٍ من كومب دورسان، وصيّاد من بورتو سالفيا. كان كلٌّ منهم يستقبل المسافرين أصلًا على طريقته، وأرادوا الاستغناء عن المنصّات الكبرى التي تأخذ حصّتها دون أن تأتي يومًا إلى العشاء.",
                    "sr": "Све је почело 2016. године, за кухињским столом у Валморелу, са станарима северних четврти, једним пастиром из Комб д’Орсана и једним рибаром из Порто Салвије. Сваки од њих је већ на свој начин примао путнике, и желели су да се ослободе великих платформи које су узимале свој део, а никада нису долазиле на вечеру.",
                },
            ),
            (
                "heading",
                {
                    "fr": "Comment la coopérative est gouvernée",
                    "en": "How the cooperative is governed",
                    "it": "Come è governata la cooperativa",
                    "ar": "كيف تُدار التعاونية",
                    "sr": "Како се управља задругом",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Chaque communauté membre désigne deux délégués, dont au moins une personne qui accueille elle-même des voyageurs. L’assemblée se réunit une fois par an, chaque fois dans un lieu différent, et les décisions importantes se prennent au consentement.",
                    "en": "Each member community appoints two delegates, at least one of whom hosts travellers personally. The assembly meets once a year, each time in a different place, and important decisions are made by consent.",
                    "it": "Ogni comunità socia nomina due delegati, di cui almeno una persona che ospita direttamente dei viaggiatori. L’assemblea si riunisce una volta all’anno, ogni volta in un luogo diverso, e le decisioni importanti si prendono per consenso.",
                    "ar": "يعيّن كل مجتمع عضو مندوبَين اثنين، أحدهما على الأقل يستقبل المسافرين بنفسه. تجتمع الجمعية العامة مرة في السنة، في مكان مختلف كل مرة، وتُتّخذ القرارات المهمّة بالتراضي.",
                    "sr": "Свака заједница чланица бира два делегата, од којих бар један лично прима путнике. Скупштина се састаје једном годишње, сваки пут на другом месту, а важне одлуке доносе се сагласношћу.",
                },
            ),
            (
                "heading",
                {
                    "fr": "De quoi vit la coopérative",
                    "en": "What the cooperative lives on",
                    "it": "Di che cosa vive la cooperativa",
                    "ar": "كيف تموّل التعاونية نفسها",
                    "sr": "Од чега задруга живи",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "La coopérative ne touche rien sur les séjours. Elle vit des cotisations des communautés, calculées selon leurs moyens, et de quelques dons ; cet argent paie l’hébergement du site, les traductions et un poste de coordination à mi-temps.",
                    "en": "The cooperative takes nothing from stays. It lives on membership fees from the communities, set according to their means, and on a few donations; this money pays for hosting the website, the translations and a half-time coordinator.",
                    "it": "La cooperativa non prende nulla sui soggiorni. Vive delle quote delle comunità, calcolate secondo le loro possibilità, e di qualche donazione; questi soldi pagano l’hosting del sito, le traduzioni e un posto di coordinamento a metà tempo.",
                    "ar": "لا تتقاضى التعاونية شيئًا على الإقامات. فهي تعيش من اشتراكات المجتمعات، المحسوبة بحسب إمكاناتها، ومن بعض التبرّعات؛ وهذا المال يغطّي استضافة الموقع والترجمات ووظيفة تنسيق بدوام جزئي.",
                    "sr": "Задруга не узима ништа од боравака. Живи од чланарина заједница, које се одређују према њиховим могућностима, и од понеке донације; тај новац плаћа хостинг сајта, преводе и једно место координатора на пола радног времена.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "fr": "Nous avons mis trois ans à écrire nos statuts et une soirée à choisir le nom. C’est sans doute le bon ordre.",
                        "en": "It took us three years to write our statutes and one evening to choose the name. That is probably the right order.",
                        "it": "Ci abbiamo messo tre anni a scrivere lo statuto e una serata a scegliere il nome. Probabilmente è l’ordine giusto.",
                        "ar": "استغرقت منّا كتابة نظامنا الأساسي ثلاث سنوات، واختيار الاسم أمسية واحدة. ولعلّ هذا هو الترتيب الصحيح.",
                        "sr": "Три године смо писали статут, а једно вече бирали име. То је вероватно прави редослед.",
                    },
                    "attribution": "Bastien Fabrègue",
                    "role": {
                        "fr": "berger, délégué des Combes d’Orsan",
                        "en": "shepherd, delegate for the Combes d’Orsan",
                        "it": "pastore, delegato delle Combes d’Orsan",
                        "ar": "راعٍ، ومندوب كومب دورسان",
                        "sr": "пастир, делегат Комб д’Орсана",
                    },
                },
            ),
        ],
    },
    {
        "title": {
            "fr": "Notre charte de l’hospitalité",
            "en": "Our charter of hospitality",
            "it": "La nostra carta dell’ospitalità",
            "ar": "ميثاق الضيافة",
            "sr": "Наша повеља гостопримства",
        },
        "intro": {
            "fr": "Cinq engagements que chaque communauté signe en rejoignant Passage, et que nous relisons ensemble à chaque assemblée.",
            "en": "Five commitments that every community signs when it joins Passage, and that we reread together at every assembly.",
            "it": "Cinque impegni che ogni comunità firma quando entra in Passage e che rileggiamo insieme a ogni assemblea.",
            "ar": "خمسة التزامات يوقّعها كل مجتمع عند انضمامه إلى باساج، ونعيد قراءتها معًا في كل جمعية عامة.",
            "sr": "Пет обавеза које свака заједница потписује кад приступи Пасажу и које заједно поново читамо на свакој скупштини.",
        },
        "body": [
            (
                "heading",
                {
                    "fr": "Accueillir sans condition d’origine",
                    "en": "Welcome regardless of origin",
                    "it": "Accogliere senza distinzione di provenienza",
                    "ar": "الترحيب بالجميع مهما كان أصلهم",
                    "sr": "Дочекати свакога, без обзира на порекло",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Nous recevons chaque voyageur quels que soient son pays, sa langue, sa religion, son âge ou l’épaisseur de son porte-monnaie. Celui qui arrive fatigué trouve d’abord un verre d’eau et une chaise ; les questions viennent après.",
                    "en": "We welcome every traveller whatever their country, language, religion, age or the thickness of their wallet. Whoever arrives tired first finds a glass of water and a chair; the questions come later.",
                    "it": "Accogliamo ogni viaggiatore, qualunque siano il suo paese, la sua lingua, la sua religione, la sua età o lo spessore del suo portafoglio. Chi arriva stanco trova prima di tutto un bicchiere d’acqua e una sedia; le domande vengono dopo.",
                    "ar": "نستقبل كل مسافر أيًّا كان بلده أو لغته أو دينه أو عمره أو سُمك محفظته. ومن يصل متعبًا يجد أولًا كأس ماء وكرسيًّا؛ أما الأسئلة فتأتي لاحقًا.",
                    "sr": "Примамо сваког путника, без обзира на земљу, језик, веру, године или дебљину новчаника. Ко стигне уморан, прво добије чашу воде и столицу; питања долазе касније.",
                },
            ),
            (
                "heading",
                {
                    "fr": "Coopérer plutôt que se concurrencer",
                    "en": "Cooperate rather than compete",
                    "it": "Cooperare invece di farsi concorrenza",
                    "ar": "التعاون بدل التنافس",
                    "sr": "Сарађивати уместо надметати се",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Les communautés s’envoient des voyageurs, partagent leurs savoir-faire et s’entraident quand une saison est difficile. Quand une maison est pleine, on indique celle d’à côté.",
                    "en": "The communities send travellers to one another, share their skills and help each other out when a season is hard. When one house is full, we point to the one next door.",
                    "it": "Le comunità si mandano i viaggiatori, condividono i loro saperi e si aiutano quando una stagione è difficile. Quando una casa è piena, si indica quella accanto.",
                    "ar": "تتبادل المجتمعات المسافرين، وتتقاسم خبراتها، ويساند بعضها بعضًا حين يكون الموسم صعبًا. وحين يمتلئ بيت، ندلّ على البيت المجاور.",
                    "sr": "Заједнице шаљу путнике једна другој, деле знања и помажу се кад је сезона тешка. Кад је једна кућа пуна, упутимо на суседну.",
                },
            ),
            (
                "heading",
                {
                    "fr": "Un prix juste, dit clairement",
                    "en": "A fair price, clearly stated",
                    "it": "Un prezzo giusto, detto chiaramente",
                    "ar": "سعر عادل، معلن بوضوح",
                    "sr": "Поштена цена, јасно речена",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Chaque proposition affiche son prix ou sa fourchette, sans frais cachés. Nous pratiquons des tarifs solidaires et le prix libre, pour que personne ne reste à la porte faute d’argent.",
                    "en": "Every offer shows its price or price range, with no hidden fees. We use solidarity rates and pay-what-you-can, so that nobody is left at the door for lack of money.",
                    "it": "Ogni proposta indica il suo prezzo o la sua forbice, senza costi nascosti. Pratichiamo tariffe solidali e il prezzo libero, perché nessuno resti fuori dalla porta per mancanza di soldi.",
                    "ar": "يُظهر كل عرض سعره أو نطاق سعره، دون رسوم خفية. ونعتمد أسعارًا تضامنية ومبدأ «ادفع ما تستطيع»، كي لا يبقى أحد على الباب بسبب ضيق ذات اليد.",
                    "sr": "Свака понуда јасно наводи своју цену или распон цена, без скривених трошкова. Имамо солидарне цене и плаћање по могућности, да нико не остане пред вратима због новца.",
                },
            ),
            (
                "heading",
                {
                    "fr": "Ni notes ni classements",
                    "en": "No ratings, no rankings",
                    "it": "Niente voti né classifiche",
                    "ar": "لا تقييمات ولا تصنيفات",
                    "sr": "Без оцена и рангирања",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Nous ne notons pas nos hôtes et ils ne nous notent pas. Si quelque chose ne va pas, on se parle, et la coopérative peut accompagner la discussion.",
                    "en": "We don’t rate our guests and they don’t rate us. If something goes wrong, we talk, and the cooperative can help with the conversation.",
                    "it": "Non diamo voti ai nostri ospiti e loro non ne danno a noi. Se qualcosa non va, ci si parla, e la cooperativa può accompagnare il dialogo.",
                    "ar": "لا نقيّم ضيوفنا ولا يقيّموننا. وإن حدث ما لا يرضي، نتحدّث، ويمكن للتعاونية أن ترافق الحوار.",
                    "sr": "Ми не оцењујемо своје госте, а ни они нас. Ако нешто не ваља, разговарамо, а задруга може да помогне у том разговору.",
                },
            ),
            (
                "heading",
                {
                    "fr": "Prendre soin des lieux et des gens",
                    "en": "Take care of places and people",
                    "it": "Avere cura dei luoghi e delle persone",
                    "ar": "العناية بالأماكن والناس",
                    "sr": "Бринути о местима и људима",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Voyager chez nous, c’est respecter les sources, les troupeaux, le sommeil des voisins et le rythme des saisons. Quand un lieu a besoin de repos, nous limitons le nombre de voyageurs, et nous le disons.",
                    "en": "Travelling with us means respecting the springs, the flocks, the neighbours’ sleep and the rhythm of the seasons. When a place needs rest, we limit the number of travellers, and we say so.",
                    "it": "Viaggiare da noi significa rispettare le sorgenti, le greggi, il sonno dei vicini e il ritmo delle stagioni. Quando un luogo ha bisogno di riposo, limitiamo il numero di viaggiatori, e lo diciamo.",
                    "ar": "السفر عندنا يعني احترام الينابيع والقطعان ونوم الجيران وإيقاع الفصول. وحين يحتاج مكانٌ إلى الراحة، نحدّ من عدد المسافرين، ونعلن ذلك.",
                    "sr": "Путовати код нас значи поштовати изворе, стада, сан комшија и ритам годишњих доба. Кад неком месту треба одмор, ограничавамо број путника и то јасно кажемо.",
                },
            ),
        ],
    },
]

COMMUNITIES = [
    # 1. An inhabitants' cooperative in a Mediterranean city (with Arabic).
    {
        "key": "valmorel",
        "title": {
            "fr": "Les Terrasses du Nord, Valmorel",
            "en": "The Northern Terraces, Valmorel",
            "it": "Le Terrazze del Nord, Valmorel",
            "ar": "تيراس الشمال، فالموريل",
        },
        "intro": {
            "fr": "Une coopérative d’habitants dans les quartiers nord de Valmorel, entre les tours blanches et la mer. On y vit en voisins, on y reçoit en famille.",
            "en": "An inhabitants’ cooperative in the northern districts of Valmorel, between the white tower blocks and the sea. We live here as neighbours and welcome guests as family.",
            "it": "Una cooperativa di abitanti nei quartieri nord di Valmorel, tra i palazzi bianchi e il mare. Qui si vive da vicini e si accoglie come in famiglia.",
            "ar": "تعاونية سكان في الأحياء الشمالية لمدينة فالموريل، بين الأبراج البيضاء والبحر. نعيش هنا كجيران، ونستقبل الضيوف كأفراد من العائلة.",
        },
        "body": [
            (
                "heading",
                {
                    "fr": "Un quartier qui regarde la mer",
                    "en": "A district that looks out to sea",
                    "it": "Un quartiere che guarda il mare",
                    "ar": "حيّ يطلّ على البحر",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Depuis la Cité des Micocouliers, on voit le port et, par temps de mistral, les îles au large. Le matin, ça sent le pain de la boulangerie de Karim et le jasmin des balcons ; le soir, les enfants jouent au foot sur la place pendant que les anciens refont le monde sur les bancs.",
                    "en": "From the Cité des Micocouliers you can see the harbour and, when the mistral blows, the islands offshore. In the morning it smells of bread from Karim’s bakery and jasmine from the balconies; in the evening the children play football on the square while the old folk put the world to rights on the benches.",
                    "it": "Dalla Cité des Micocouliers si vedono il porto e, quando soffia il maestrale, le isole al largo. Al mattino si sente il profumo del pane del forno di Karim e del gelsomino dei balconi; la sera i bambini giocano a pallone in piazza mentre gli anziani rifanno il mondo sulle panchine.",
                    "ar": "من حيّ الميكوكولييه يُرى الميناء، وفي أيام رياح الميسترال تُرى الجزر في عرض البحر. في الصباح تفوح رائحة خبز مخبز كريم وياسمين الشرفات، وفي المساء يلعب الأطفال كرة القدم في الساحة بينما يعيد الكبار ترتيب العالم على المقاعد.",
                },
            ),
            (
                "image",
                {
                    "image": "hero",
                    "alt_text": {
                        "fr": "Vue sur les toits des quartiers nord de Valmorel, avec le port et la mer au loin.",
                        "en": "View over the rooftops of Valmorel’s northern districts, with the harbour and the sea in the distance.",
                        "it": "Vista sui tetti dei quartieri nord di Valmorel, con il porto e il mare in lontananza.",
                        "ar": "منظر لسطوح الأحياء الشمالية في فالموريل، ويظهر الميناء والبحر في الأفق.",
                    },
                    "caption": {
                        "fr": "Les terrasses de la Cité des Micocouliers au coucher du soleil.",
                        "en": "The terraces of the Cité des Micocouliers at sunset.",
                        "it": "Le terrazze della Cité des Micocouliers al tramonto.",
                        "ar": "شرفات حيّ الميكوكولييه عند الغروب.",
                    },
                    "credit": "Yacine Haddad",
                    "licence": "cc-by-sa",
                },
            ),
            (
                "heading",
                {
                    "fr": "Une coopérative née dans la cour",
                    "en": "A cooperative born in the courtyard",
                    "it": "Una cooperativa nata nel cortile",
                    "ar": "تعاونية وُلدت في الفناء",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Nous sommes une quarantaine de familles, venues d’Algérie, des Comores, d’Italie, du Sénégal ou de la rue d’à côté. Ensemble, nous gérons une maison commune, quatre chambres chez l’habitant et une cuisine partagée où l’on fait la fête à la moindre occasion.",
                    "en": "We are about forty families, who came from Algeria, the Comoros, Italy, Senegal or just down the street. Together we run a common house, four guest rooms in people’s homes and a shared kitchen where any excuse is good for a party.",
                    "it": "Siamo una quarantina di famiglie, arrivate dall’Algeria, dalle Comore, dall’Italia, dal Senegal o dalla via accanto. Insieme gestiamo una casa comune, quattro camere presso gli abitanti e una cucina condivisa dove si fa festa alla minima occasione.",
                    "ar": "نحن نحو أربعين عائلة، جاءت من الجزائر وجزر القمر وإيطاليا والسنغال أو من الشارع المجاور. نُدير معًا بيتًا مشتركًا، وأربع غرف ضيافة في بيوت السكان، ومطبخًا مشتركًا نحتفل فيه لأبسط مناسبة.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "fr": "Ici, quand un voyageur arrive, il y a toujours une voisine pour lui apporter un plat. Il repart avec trois adresses et dix numéros de téléphone.",
                        "en": "Here, when a traveller arrives, there is always a neighbour bringing over a dish. They leave with three addresses and ten phone numbers.",
                        "it": "Qui, quando arriva un viaggiatore, c’è sempre una vicina che gli porta un piatto. Riparte con tre indirizzi e dieci numeri di telefono.",
                        "ar": "هنا، حين يصل مسافر، هناك دائمًا جارة تحمل إليه طبقًا. ويرحل ومعه ثلاثة عناوين وعشرة أرقام هاتف.",
                    },
                    "attribution": "Fatou Diallo",
                    "role": {
                        "fr": "voisine et cuisinière de la maison commune",
                        "en": "neighbour and cook at the common house",
                        "it": "vicina e cuoca della casa comune",
                        "ar": "جارة وطبّاخة البيت المشترك",
                    },
                },
            ),
        ],
        "kind": "urban",
        "locality": {"fr": "Valmorel", "en": "Valmorel", "it": "Valmorel", "ar": "فالموريل"},
        "country": "FR",
        "latitude": 43.3958,
        "longitude": 5.3604,
        "contact_email": "bonjour@valmorel.example",
        "extra_languages": ["ar"],
        "offers": [
            {
                "title": {
                    "fr": "Une chambre chez l’habitant, sur les toits",
                    "en": "A room in a local home, up on the rooftops",
                    "it": "Una camera presso gli abitanti, sui tetti",
                    "ar": "غرفة في بيت أحد السكان، فوق السطوح",
                },
                "intro": {
                    "fr": "Quatre chambres dans quatre appartements de la Cité, avec le petit-déjeuner partagé en famille.",
                    "en": "Four rooms in four flats of the Cité, with breakfast shared with the family.",
                    "it": "Quattro camere in quattro appartamenti della Cité, con la colazione condivisa in famiglia.",
                    "ar": "أربع غرف في أربع شقق من الحيّ، مع فطور يُتقاسم مع العائلة.",
                },
                "body": [
                    (
                        "heading",
                        {
                            "fr": "Chez Nadia, chez Salvatore, chez les Ouarab",
                            "en": "At Nadia’s, at Salvatore’s, at the Ouarabs’",
                            "it": "Da Nadia, da Salvatore, dagli Ouarab",
                            "ar": "عند نادية، وعند سالفاتوري، وعند عائلة وراب",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Chaque chambre a son caractère : celle de Nadia donne sur le port, celle de Salvatore sent le basilic de sa terrasse, celle des Ouarab est la plus grande, avec deux lits pour les familles. Les draps sont lavés à la laverie de la coopérative et séchés au vent du nord.",
                            "en": "Each room has its own character: Nadia’s looks over the harbour, Salvatore’s smells of the basil on his terrace, and the Ouarabs’ is the largest, with two beds for families. The sheets are washed at the cooperative’s laundry and dried in the north wind.",
                            "it": "Ogni camera ha il suo carattere: quella di Nadia dà sul porto, quella di Salvatore profuma del basilico della sua terrazza, quella degli Ouarab è la più grande, con due letti per le famiglie. Le lenzuola si lavano nella lavanderia della cooperativa e si asciugano al vento del nord.",
                            "ar": "لكل غرفة طابعها: غرفة نادية تطلّ على الميناء، وغرفة سالفاتوري تفوح منها رائحة الريحان من شرفته، أما غرفة عائلة وراب فهي الأكبر، وفيها سريران للعائلات. تُغسل الشراشف في مغسلة التعاونية وتُجفَّف في ريح الشمال.",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Le petit-déjeuner se prend avec vos hôtes : msemen, confiture de figues, café serré ou thé à la menthe. Écrivez-nous quelques jours avant votre arrivée, et dites-nous si vous venez avec des enfants ou un vélo.",
                            "en": "Breakfast is taken with your hosts: msemen, fig jam, strong coffee or mint tea. Write to us a few days before you arrive, and let us know if you are bringing children or a bicycle.",
                            "it": "La colazione si fa con chi vi ospita: msemen, marmellata di fichi, caffè ristretto o tè alla menta. Scriveteci qualche giorno prima dell’arrivo e diteci se venite con bambini o in bicicletta.",
                            "ar": "يُتناول الفطور مع مضيفيكم: مسمن، ومربّى التين، وقهوة مركّزة أو شاي بالنعناع. راسلونا قبل وصولكم ببضعة أيام، وأخبرونا إن كنتم قادمين مع أطفال أو بدرّاجة.",
                        },
                    ),
                ],
                "offer_type": "accommodation",
                "price": {"kind": "pay_what_you_can", "amount": "15"},
                "price_note": {
                    "fr": "Montant conseillé par nuit et par personne ; personne n’est refusé faute d’argent.",
                    "en": "Suggested amount per night per person; nobody is turned away for lack of money.",
                    "it": "Importo consigliato a notte e a persona; nessuno viene rifiutato per mancanza di soldi.",
                    "ar": "مبلغ مقترح لكل ليلة ولكل شخص؛ لا يُردّ أحد بسبب ضيق ذات اليد.",
                },
            },
            {
                "title": {
                    "fr": "La balade des cent escaliers",
                    "en": "The walk of the hundred stairways",
                    "it": "La passeggiata delle cento scalinate",
                    "ar": "نزهة الأدراج المئة",
                },
                "intro": {
                    "fr": "Deux heures à pied dans les quartiers nord, guidées par les jeunes et les anciens de la Cité.",
                    "en": "Two hours on foot through the northern districts, guided by the young people and elders of the Cité.",
                    "it": "Due ore a piedi nei quartieri nord, guidate dai giovani e dagli anziani della Cité.",
                    "ar": "ساعتان سيرًا على الأقدام في الأحياء الشمالية، بإرشاد شباب الحيّ وكباره.",
                },
                "body": [
                    (
                        "heading",
                        {
                            "fr": "Des traverses aux jardins",
                            "en": "From the alleyways to the gardens",
                            "it": "Dai vicoli agli orti",
                            "ar": "من الأزقّة إلى الحدائق",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "On part de la place des Micocouliers, on descend la traverse des Figuiers et on grimpe jusqu’au plateau Sainte-Aure par les escaliers que les anciens ouvriers ont taillés dans la colline. En route, on s’arrête aux jardins partagés, devant la fresque du collège et chez Mme Castagnola, qui offre toujours un verre de sirop d’orgeat.",
                            "en": "We set off from the Place des Micocouliers, go down the Traverse des Figuiers and climb up to the Sainte-Aure plateau by the steps the old factory workers cut into the hillside. On the way we stop at the shared gardens, in front of the school mural and at Mrs Castagnola’s, who always offers a glass of orgeat syrup.",
                            "it": "Si parte dalla piazza dei Micocouliers, si scende per la traversa dei Fichi e si sale fino all’altopiano di Sainte-Aure per le scale che i vecchi operai hanno scavato nella collina. Lungo la strada ci si ferma agli orti condivisi, davanti al murale della scuola media e da Madame Castagnola, che offre sempre un bicchiere di sciroppo d’orzata.",
                            "ar": "ننطلق من ساحة الميكوكولييه، وننزل عبر زقاق التين، ثم نصعد إلى هضبة سانت أور عبر الأدراج التي نحتها العمّال القدامى في التلّ. وفي الطريق نتوقّف عند الحدائق المشتركة، وأمام جدارية المدرسة الإعدادية، وعند السيدة كاستانيولا التي تقدّم دائمًا كأسًا من شراب اللوز.",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "La balade a lieu le samedi matin à 9 h 30, sauf par grosse chaleur. Prévoyez de bonnes chaussures : il y a vraiment beaucoup de marches.",
                            "en": "The walk takes place on Saturday mornings at 9.30, except in very hot weather. Bring good shoes: there really are a lot of steps.",
                            "it": "La passeggiata si fa il sabato mattina alle 9.30, tranne quando fa molto caldo. Portate scarpe comode: i gradini sono davvero tanti.",
                            "ar": "تُقام النزهة صباح كل سبت في التاسعة والنصف، إلا في أيام الحرّ الشديد. احرصوا على انتعال أحذية مريحة، فالدرجات كثيرة فعلًا.",
                        },
                    ),
                ],
                "offer_type": "walk",
                "price": {"kind": "free"},
                "price_note": "",
            },
            {
                "title": {
                    "fr": "Le couscous du vendredi dans la cour",
                    "en": "Friday couscous in the courtyard",
                    "it": "Il cuscus del venerdì nel cortile",
                    "ar": "كسكس الجمعة في الفناء",
                },
                "intro": {
                    "fr": "Chaque vendredi soir, une grande tablée sous les figuiers, ouverte aux voisins comme aux voyageurs.",
                    "en": "Every Friday evening, a long table under the fig trees, open to neighbours and travellers alike.",
                    "it": "Ogni venerdì sera, una grande tavolata sotto i fichi, aperta ai vicini come ai viaggiatori.",
                    "ar": "كل مساء جمعة، مائدة طويلة تحت أشجار التين، مفتوحة للجيران والمسافرين على حدّ سواء.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "Fatou et Nadia commencent la semoule dès quinze heures, Salvatore apporte les légumes du jardin et quelqu’un finit toujours par sortir une darbouka. On mange vers vingt heures, on débarrasse ensemble et on reste tard.",
                            "en": "Fatou and Nadia start on the semolina at three in the afternoon, Salvatore brings vegetables from the garden, and somebody always ends up bringing out a darbuka. We eat around eight, clear the table together and stay late.",
                            "it": "Fatou e Nadia cominciano con la semola già alle tre del pomeriggio, Salvatore porta le verdure dell’orto e qualcuno finisce sempre per tirare fuori una darbuka. Si mangia verso le otto, si sparecchia insieme e si resta fino a tardi.",
                            "ar": "تبدأ فاتو ونادية تحضير السميد منذ الثالثة بعد الظهر، ويُحضر سالفاتوري خضار الحديقة، ولا بدّ أن يُخرج أحدهم دربوكة في النهاية. نأكل نحو الثامنة، ونرفع المائدة معًا، ونسهر حتى وقت متأخر.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "fr": "Pour venir à table",
                            "en": "Joining us at the table",
                            "it": "Per sedersi a tavola",
                            "ar": "للانضمام إلى المائدة",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Prévenez-nous avant le jeudi midi pour qu’on compte les assiettes. Il y a toujours une version végétarienne, et on peut adapter pour les allergies si vous nous le dites.",
                            "en": "Let us know by Thursday noon so we can count the plates. There is always a vegetarian version, and we can adapt for allergies if you tell us.",
                            "it": "Avvisateci entro giovedì a mezzogiorno, così contiamo i piatti. C’è sempre una versione vegetariana e possiamo adattarci alle allergie, se ce lo dite.",
                            "ar": "أعلمونا قبل ظهر الخميس لنحسب عدد الأطباق. هناك دائمًا طبق نباتي، ويمكننا مراعاة الحساسية الغذائية إن أخبرتمونا.",
                        },
                    ),
                ],
                "offer_type": "meal",
                "price": {"kind": "fixed", "amount": "10"},
                "price_note": {
                    "fr": "Gratuit pour les enfants de moins de douze ans.",
                    "en": "Free for children under twelve.",
                    "it": "Gratis per i bambini sotto i dodici anni.",
                    "ar": "مجانًا للأطفال دون الثانية عشرة.",
                },
            },
        ],
        "stories": [
            {
                "title": {
                    "fr": "Le jour où la cour a gardé ses figuiers",
                    "en": "The day the courtyard kept its fig trees",
                    "it": "Il giorno in cui il cortile ha salvato i suoi fichi",
                    "ar": "يوم احتفظ الفناء بأشجار التين",
                },
                "intro": {
                    "fr": "Mireille Castagnola, quatre-vingt-un ans, raconte comment une pétition, un pique-nique et beaucoup d’obstination ont donné naissance à la coopérative.",
                    "en": "Mireille Castagnola, eighty-one, tells how a petition, a picnic and a great deal of stubbornness gave birth to the cooperative.",
                    "it": "Mireille Castagnola, ottantun anni, racconta come una petizione, un picnic e molta ostinazione abbiano fatto nascere la cooperativa.",
                    "ar": "تروي ميراي كاستانيولا، ذات الواحد والثمانين عامًا، كيف وُلدت التعاونية من عريضة ونزهة وكثير من العناد.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "Je suis arrivée dans la Cité en 1968, avec mon mari et une valise en carton. La cour, à l’époque, c’était de la terre battue et trois figuiers que personne n’avait plantés ; ils avaient poussé tout seuls, comme nous.",
                            "en": "I arrived in the Cité in 1968, with my husband and a cardboard suitcase. In those days the courtyard was bare earth and three fig trees that nobody had planted; they had grown up on their own, like us.",
                            "it": "Sono arrivata nella Cité nel 1968, con mio marito e una valigia di cartone. Il cortile, allora, era terra battuta e tre fichi che nessuno aveva piantato; erano cresciuti da soli, come noi.",
                            "ar": "وصلتُ إلى الحيّ سنة 1968، مع زوجي وحقيبة من الكرتون. كان الفناء آنذاك أرضًا ترابية وثلاث شجرات تين لم يزرعها أحد؛ نبتت وحدها، مثلنا تمامًا.",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "En 2009, on a reçu une lettre : la cour allait devenir un parking, et les figuiers seraient abattus au printemps. Les hommes ont haussé les épaules, les femmes ont sorti les chaises.",
                            "en": "In 2009 we got a letter: the courtyard was going to become a car park, and the fig trees would be cut down in the spring. The men shrugged their shoulders; the women brought out the chairs.",
                            "it": "Nel 2009 ci arriva una lettera: il cortile sarebbe diventato un parcheggio e i fichi sarebbero stati abbattuti in primavera. Gli uomini hanno alzato le spalle, le donne hanno tirato fuori le sedie.",
                            "ar": "في سنة 2009 وصلتنا رسالة: سيتحوّل الفناء إلى موقف للسيارات، وستُقطع أشجار التين في الربيع. هزّ الرجال أكتافهم، أما النساء فأخرجن الكراسي.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "fr": "Le pique-nique qui a duré un mois",
                            "en": "The picnic that lasted a month",
                            "it": "Il picnic durato un mese",
                            "ar": "النزهة التي دامت شهرًا",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Chaque soir, on mangeait dehors, sous les arbres, toutes ensemble : la chorba de Mme Ouarab, mes beignets de fleurs de courgette, le mafé de la petite Fatou qui avait douze ans. Les journalistes sont venus pour la photo et sont restés pour le dessert.",
                            "en": "Every evening we ate outside under the trees, all of us together: Mrs Ouarab’s chorba, my courgette-flower fritters, the mafé made by little Fatou, who was twelve. The journalists came for the photo and stayed for dessert.",
                            "it": "Ogni sera mangiavamo fuori, sotto gli alberi, tutte insieme: la chorba della signora Ouarab, le mie frittelle di fiori di zucca, il mafé della piccola Fatou che aveva dodici anni. I giornalisti sono venuti per la foto e sono rimasti per il dolce.",
                            "ar": "كنّا كل مساء نأكل في الخارج، تحت الأشجار، جميعًا: شربة السيدة وراب، وفطائري بزهر الكوسا، وطبق المافيه الذي أعدّته الصغيرة فاتو وكانت في الثانية عشرة. جاء الصحفيون لالتقاط صورة وبقوا حتى الحلوى.",
                        },
                    ),
                    (
                        "image",
                        {
                            "image": "people",
                            "alt_text": {
                                "fr": "Des voisines de tous âges attablées sous trois grands figuiers, dans une cour d’immeuble.",
                                "en": "Neighbours of all ages sitting at a table under three big fig trees, in the courtyard of a housing block.",
                                "it": "Vicine di tutte le età sedute a tavola sotto tre grandi fichi, nel cortile di un caseggiato.",
                                "ar": "جارات من مختلف الأعمار يجلسن إلى مائدة تحت ثلاث أشجار تين كبيرة، في فناء عمارة سكنية.",
                            },
                            "caption": {
                                "fr": "Le repas du vendredi, sous les figuiers que la Cité a sauvés.",
                                "en": "The Friday meal, under the fig trees the Cité saved.",
                                "it": "Il pasto del venerdì, sotto i fichi che la Cité ha salvato.",
                                "ar": "وجبة الجمعة تحت أشجار التين التي أنقذها الحيّ.",
                            },
                            "credit": "Karim Ouarab",
                            "licence": "cc-by",
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": {
                                "fr": "On ne défendait pas des arbres, on défendait l’endroit où l’on se parle.",
                                "en": "We weren’t defending trees, we were defending the place where we talk to each other.",
                                "it": "Non difendevamo degli alberi, difendevamo il posto dove ci parliamo.",
                                "ar": "لم نكن ندافع عن أشجار، بل عن المكان الذي نتحدّث فيه بعضنا إلى بعض.",
                            },
                            "attribution": "Mireille Castagnola",
                            "role": {
                                "fr": "cofondatrice de la coopérative",
                                "en": "co-founder of the cooperative",
                                "it": "cofondatrice della cooperativa",
                                "ar": "إحدى مؤسِّسات التعاونية",
                            },
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "La mairie a reculé, et nous avons créé la coopérative pour que la cour nous appartienne un peu. Aujourd’hui, quand un voyageur s’assoit sous les figuiers, je lui raconte tout ça, et je lui donne une figue s’il est arrivé en septembre.",
                            "en": "The town hall backed down, and we set up the cooperative so that the courtyard would belong a little to us. Today, when a traveller sits down under the fig trees, I tell them all of this, and I give them a fig if they came in September.",
                            "it": "Il comune ha fatto marcia indietro e noi abbiamo fondato la cooperativa perché il cortile fosse un po’ nostro. Oggi, quando un viaggiatore si siede sotto i fichi, gli racconto tutto questo, e gli regalo un fico se è arrivato a settembre.",
                            "ar": "تراجعت البلدية، فأسّسنا التعاونية كي يصبح الفناء ملكًا لنا بعض الشيء. واليوم، حين يجلس مسافر تحت أشجار التين، أحكي له كل هذا، وأعطيه تينة إن كان قد جاء في سبتمبر.",
                        },
                    ),
                ],
            },
        ],
    },
    # 2. A regional natural park of limestone gorges and shepherds.
    {
        "key": "combes-orsan",
        "title": {
            "fr": "Parc naturel régional des Combes d’Orsan",
            "en": "Combes d’Orsan Regional Nature Park",
            "it": "Parco naturale regionale delle Combes d’Orsan",
        },
        "intro": {
            "fr": "Des gorges de calcaire, des causses couverts de buis et des bergers qui montent encore à pied avec leurs brebis. Le parc et ses habitants vous ouvrent leurs drailles et leurs bergeries.",
            "en": "Limestone gorges, high plateaus covered in box, and shepherds who still walk up with their ewes. The park and its people open their droveways and sheepfolds to you.",
            "it": "Gole di calcare, altipiani coperti di bosso e pastori che salgono ancora a piedi con le loro pecore. Il parco e i suoi abitanti vi aprono i tratturi e gli ovili.",
        },
        "body": [
            (
                "heading",
                {
                    "fr": "Le pays des combes",
                    "en": "The land of the combes",
                    "it": "Il paese delle combe",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Ici, la Sourdelle a creusé le calcaire sur trois cents mètres de profondeur, et les villages s’accrochent au bord du vide comme des nids d’hirondelles. Sur les causses, au-dessus, il n’y a que le vent, les murets de pierre sèche et l’odeur du thym écrasé sous les sabots.",
                    "en": "Here the River Sourdelle has cut three hundred metres down into the limestone, and the villages cling to the edge of the drop like swallows’ nests. Up on the plateaus above there is only the wind, the dry-stone walls and the smell of thyme crushed under hooves.",
                    "it": "Qui la Sourdelle ha scavato il calcare per trecento metri di profondità, e i villaggi si aggrappano sull’orlo del vuoto come nidi di rondine. Sugli altipiani, più in alto, ci sono solo il vento, i muretti a secco e l’odore del timo schiacciato dagli zoccoli.",
                },
            ),
            (
                "image",
                {
                    "image": "hero",
                    "alt_text": {
                        "fr": "Gorges de calcaire aux parois dorées, avec une rivière verte au fond et un village perché sur la falaise.",
                        "en": "Limestone gorges with golden walls, a green river at the bottom and a village perched on the cliff.",
                        "it": "Gole di calcare dalle pareti dorate, con un fiume verde sul fondo e un villaggio arroccato sulla falesia.",
                    },
                    "caption": {
                        "fr": "Les gorges de la Sourdelle vues depuis le belvédère de Lauzerande.",
                        "en": "The Sourdelle gorges seen from the Lauzerande viewpoint.",
                        "it": "Le gole della Sourdelle viste dal belvedere di Lauzerande.",
                    },
                    "credit": "Odile Malaval",
                    "licence": "cc-by-sa",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Le parc réunit dix-neuf communes, une trentaine d’éleveurs et une poignée de gardes qui connaissent chaque source. Plutôt que des hôtels, il a choisi de soutenir les bergeries, les gîtes communaux et les familles qui accueillent.",
                    "en": "The park brings together nineteen villages, some thirty livestock farmers and a handful of rangers who know every spring. Rather than hotels, it has chosen to support the sheepfolds, the village gîtes and the families who host.",
                    "it": "Il parco riunisce diciannove comuni, una trentina di allevatori e un pugno di guardiaparco che conoscono ogni sorgente. Invece degli alberghi, ha scelto di sostenere gli ovili, i gîte comunali e le famiglie che ospitano.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "fr": "Le causse ne se visite pas en voiture. Il faut le marcher, avoir soif, et comprendre pourquoi chaque lavogne compte.",
                        "en": "You can’t visit the causse by car. You have to walk it, get thirsty, and understand why every dew pond matters.",
                        "it": "L’altopiano non si visita in macchina. Bisogna camminarlo, avere sete e capire perché ogni abbeveratoio conta.",
                    },
                    "attribution": "Bastien Fabrègue",
                    "role": {
                        "fr": "berger à Lauzerande",
                        "en": "shepherd in Lauzerande",
                        "it": "pastore a Lauzerande",
                    },
                },
            ),
        ],
        "kind": "rural",
        "locality": "Lauzerande",
        "country": "FR",
        "latitude": 44.2163,
        "longitude": 3.3471,
        "contact_email": "accueil@combes-orsan.example",
        "extra_languages": [],
        "offers": [
            {
                "title": {
                    "fr": "Sur le sentier des drailles",
                    "en": "Along the droveways",
                    "it": "Sul sentiero dei tratturi",
                },
                "intro": {
                    "fr": "Une journée de marche avec une garde du parc, sur les anciens chemins de transhumance.",
                    "en": "A day’s walk with a park ranger along the old transhumance routes.",
                    "it": "Una giornata di cammino con una guardiaparco, lungo le antiche vie della transumanza.",
                },
                "body": [
                    (
                        "heading",
                        {
                            "fr": "Douze kilomètres de pierre et de ciel",
                            "en": "Twelve kilometres of stone and sky",
                            "it": "Dodici chilometri di pietra e di cielo",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Odile Malaval vous emmène de Lauzerande jusqu’à la lavogne du Serre, par la draille que les troupeaux empruntent chaque juin. Elle vous montre les orchidées sauvages, les vautours fauves qui tournent au-dessus des falaises et les bornes gravées de l’ancien chemin.",
                            "en": "Odile Malaval takes you from Lauzerande to the Serre dew pond, along the droveway the flocks follow every June. She shows you the wild orchids, the griffon vultures circling above the cliffs and the carved markers of the old track.",
                            "it": "Odile Malaval vi porta da Lauzerande fino all’abbeveratoio del Serre, lungo il tratturo che le greggi percorrono ogni giugno. Vi mostra le orchidee selvatiche, i grifoni che volteggiano sopra le falesie e i cippi incisi dell’antico cammino.",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Départ le mercredi à 8 h devant la maison du parc, retour vers 16 h. Apportez votre pique-nique et deux litres d’eau : il n’y a aucune source sur le parcours en été.",
                            "en": "We leave on Wednesdays at 8 am from the park house and return around 4 pm. Bring your picnic and two litres of water: there is no spring along the route in summer.",
                            "it": "Partenza il mercoledì alle 8 davanti alla casa del parco, rientro verso le 16. Portate il pranzo al sacco e due litri d’acqua: d’estate non c’è nessuna sorgente lungo il percorso.",
                        },
                    ),
                ],
                "offer_type": "walk",
                "price": {"kind": "free"},
                "price_note": {
                    "fr": "Gratuit, sur inscription auprès de la maison du parc ; quinze marcheurs au plus.",
                    "en": "Free, booking required at the park house; fifteen walkers at most.",
                    "it": "Gratuito, su prenotazione presso la casa del parco; al massimo quindici camminatori.",
                },
            },
            {
                "title": {
                    "fr": "Trois nuits à la bergerie du Serre",
                    "en": "Three nights at the Serre sheepfold",
                    "it": "Tre notti all’ovile del Serre",
                },
                "intro": {
                    "fr": "Vivre quelques jours au rythme d’un troupeau, dans une bergerie de pierre restaurée par ses bergers.",
                    "en": "Live for a few days at the pace of a flock, in a stone sheepfold restored by its shepherds.",
                    "it": "Vivere qualche giorno al ritmo di un gregge, in un ovile di pietra restaurato dai suoi pastori.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "Bastien et Jeanne Fabrègue ont aménagé deux chambres sous la voûte de l’ancienne bergerie, à côté de la leur. Le soir, on dîne de soupe au lard, de fromage du troupeau et de fouace, et on se couche tôt, car la traite commence à six heures.",
                            "en": "Bastien and Jeanne Fabrègue have made two rooms under the vault of the old sheepfold, next to their own. In the evening there is bacon soup, cheese from the flock and fouace, and bedtime is early, because milking starts at six.",
                            "it": "Bastien e Jeanne Fabrègue hanno ricavato due camere sotto la volta del vecchio ovile, accanto alla loro. La sera si cena con zuppa al lardo, formaggio del gregge e fouace, e si va a letto presto, perché la mungitura comincia alle sei.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "fr": "Ce que l’on fait de ses journées",
                            "en": "How the days are spent",
                            "it": "Come si passano le giornate",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Vous pouvez suivre Bastien au pâturage, aider Jeanne à retourner les tommes ou simplement lire à l’ombre du grand frêne. Le séjour dure trois nuits au minimum, le temps de se lasser de son téléphone.",
                            "en": "You can follow Bastien to the pasture, help Jeanne turn the cheeses, or simply read in the shade of the big ash tree. The stay is three nights minimum, long enough to get bored of your phone.",
                            "it": "Potete seguire Bastien al pascolo, aiutare Jeanne a girare le tome o semplicemente leggere all’ombra del grande frassino. Il soggiorno dura almeno tre notti, il tempo di stancarsi del telefono.",
                        },
                    ),
                ],
                "offer_type": "stay",
                "price": {"kind": "range", "amount": "25", "max": "40"},
                "price_note": {
                    "fr": "Par nuit et par personne, dîner et petit-déjeuner compris ; 25 € pour les étudiants et les personnes sans emploi.",
                    "en": "Per night per person, dinner and breakfast included; €25 for students and people out of work.",
                    "it": "A notte e a persona, cena e colazione comprese; 25 € per studenti e persone senza lavoro.",
                },
            },
            {
                "title": {
                    "fr": "Bon à savoir : l’eau, les chiens et les barrières",
                    "en": "Good to know: water, dogs and gates",
                    "it": "Buono a sapersi: l’acqua, i cani e i cancelli",
                },
                "intro": {
                    "fr": "Quelques règles simples pour marcher sur les causses sans gêner ceux qui y travaillent.",
                    "en": "A few simple rules for walking on the plateaus without getting in the way of those who work there.",
                    "it": "Alcune semplici regole per camminare sugli altipiani senza disturbare chi ci lavora.",
                },
                "body": [
                    (
                        "heading",
                        {
                            "fr": "Les patous ne sont pas méchants",
                            "en": "The guard dogs are not vicious",
                            "it": "I cani da guardiania non sono cattivi",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Les grands chiens blancs protègent les brebis contre les loups. S’ils viennent vers vous, arrêtez-vous, parlez calmement et contournez largement le troupeau ; ne les caressez pas et ne leur jetez rien.",
                            "en": "The big white dogs protect the ewes from wolves. If they come towards you, stop, speak calmly and walk a wide circle around the flock; don’t stroke them and don’t throw anything at them.",
                            "it": "I grandi cani bianchi proteggono le pecore dai lupi. Se vengono verso di voi, fermatevi, parlate con calma e aggirate il gregge alla larga; non accarezzateli e non lanciate loro nulla.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "fr": "L’eau des bêtes",
                            "en": "The animals’ water",
                            "it": "L’acqua degli animali",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Refermez chaque barrière derrière vous, même si vous l’avez trouvée ouverte, et ne vous baignez jamais dans les lavognes : c’est là que boivent les troupeaux. Pour remplir vos gourdes, les fontaines des villages sont toutes potables.",
                            "en": "Close every gate behind you, even if you found it open, and never bathe in the dew ponds: that is where the flocks drink. To fill your bottles, the village fountains are all safe to drink from.",
                            "it": "Richiudete ogni cancello dietro di voi, anche se l’avete trovato aperto, e non fate mai il bagno negli abbeveratoi: è lì che bevono le greggi. Per riempire le borracce, le fontane dei villaggi sono tutte potabili.",
                        },
                    ),
                ],
                "offer_type": "tip",
                "price": {"kind": "free"},
                "price_note": "",
            },
        ],
        "stories": [
            {
                "title": {
                    "fr": "Le chant des sonnailles",
                    "en": "The song of the sheep bells",
                    "it": "Il canto dei campanacci",
                },
                "intro": {
                    "fr": "Bastien Fabrègue raconte la montée de juin, quand mille brebis traversent le causse dans un bruit de cloches.",
                    "en": "Bastien Fabrègue tells of the June climb, when a thousand ewes cross the plateau to the sound of bells.",
                    "it": "Bastien Fabrègue racconta la salita di giugno, quando mille pecore attraversano l’altopiano in un frastuono di campanacci.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "La veille de la transhumance, on ne dort pas beaucoup. On descend les sonnailles du grenier, on les frotte au vinaigre, on change les colliers de cuir, et mon père vérifie chaque cloche en la secouant près de son oreille, comme on accorde un violon.",
                            "en": "The night before the transhumance, nobody sleeps much. We bring the bells down from the loft, rub them with vinegar, change the leather collars, and my father checks each bell by shaking it next to his ear, the way you tune a violin.",
                            "it": "La vigilia della transumanza si dorme poco. Si tirano giù i campanacci dal fienile, si strofinano con l’aceto, si cambiano i collari di cuoio, e mio padre controlla ogni campana scuotendola vicino all’orecchio, come si accorda un violino.",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Chaque sonnaille a sa voix. Les grosses, qu’on met aux meneuses, sonnent grave et lent ; les petites tintent comme de la vaisselle. Quand le troupeau marche, ça fait une musique que je reconnaîtrais entre mille.",
                            "en": "Every bell has its own voice. The big ones, which go on the lead ewes, ring low and slow; the little ones tinkle like crockery. When the flock is moving it makes a music I would recognise among a thousand.",
                            "it": "Ogni campanaccio ha la sua voce. Quelli grossi, che si mettono alle capofila, suonano gravi e lenti; quelli piccoli tintinnano come stoviglie. Quando il gregge cammina, ne esce una musica che riconoscerei fra mille.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "fr": "Partir avant l’aube",
                            "en": "Setting off before dawn",
                            "it": "Partire prima dell’alba",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "On part à quatre heures, à la lampe, pour passer le village avant la chaleur. Les gens sortent en pyjama pour nous voir, la boulangère donne du pain aux enfants, et les vieux marchent avec nous jusqu’au premier calvaire.",
                            "en": "We leave at four, by lamplight, to get through the village before the heat. People come out in their pyjamas to watch us, the baker gives bread to the children, and the old men walk with us as far as the first wayside cross.",
                            "it": "Si parte alle quattro, con la lampada, per attraversare il paese prima del caldo. La gente esce in pigiama per vederci, la fornaia regala il pane ai bambini e i vecchi camminano con noi fino al primo calvario.",
                        },
                    ),
                    (
                        "image",
                        {
                            "image": "people",
                            "alt_text": {
                                "fr": "Un berger et des marcheurs suivent un grand troupeau de brebis sur un plateau de pierres et d’herbe rase, au lever du jour.",
                                "en": "A shepherd and walkers follow a large flock of ewes across a plateau of stones and short grass, at daybreak.",
                                "it": "Un pastore e alcuni camminatori seguono un grande gregge di pecore su un altopiano di pietre ed erba rasa, all’alba.",
                            },
                            "caption": {
                                "fr": "La montée de juin sur la draille du Serre.",
                                "en": "The June climb along the Serre droveway.",
                                "it": "La salita di giugno sul tratturo del Serre.",
                            },
                            "credit": "Jeanne Fabrègue",
                            "licence": "cc-by-sa",
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": {
                                "fr": "Les brebis connaissent le chemin mieux que nous. Nous, on est là pour qu’elles ne l’oublient pas.",
                                "en": "The ewes know the way better than we do. We are there so that they don’t forget it.",
                                "it": "Le pecore conoscono la strada meglio di noi. Noi ci siamo perché non se la dimentichino.",
                            },
                            "attribution": "Bastien Fabrègue",
                            "role": {
                                "fr": "berger, troisième génération",
                                "en": "shepherd, third generation",
                                "it": "pastore, terza generazione",
                            },
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Depuis quelques années, des voyageurs nous accompagnent. Ils arrivent fiers et repartent avec des ampoules, mais je n’en ai jamais vu un seul qui ne revienne pas l’année suivante.",
                            "en": "For a few years now, travellers have been coming along with us. They arrive proud and leave with blisters, but I have never seen a single one who didn’t come back the following year.",
                            "it": "Da qualche anno ci accompagnano dei viaggiatori. Arrivano fieri e ripartono con le vesciche, ma non ne ho mai visto uno che non tornasse l’anno dopo.",
                        },
                    ),
                ],
            },
        ],
    },
    # 3. A fishing village on an island coast.
    {
        "key": "porto-salvia",
        "title": {
            "fr": "Porto Salvia, le village des filets",
            "en": "Porto Salvia, the village of nets",
            "it": "Porto Salvia, il paese delle reti",
        },
        "intro": {
            "fr": "Un petit port de pêche sur la côte sud d’une île, où la coopérative des pêcheurs accueille les voyageurs entre deux sorties en mer.",
            "en": "A small fishing harbour on the south coast of an island, where the fishermen’s cooperative welcomes travellers between two trips out to sea.",
            "it": "Un piccolo porto di pesca sulla costa sud di un’isola, dove la cooperativa dei pescatori accoglie i viaggiatori tra un’uscita in mare e l’altra.",
        },
        "body": [
            (
                "heading",
                {
                    "fr": "Des barques bleues et des maisons roses",
                    "en": "Blue boats and pink houses",
                    "it": "Barche blu e case rosa",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Porto Salvia, c’est un quai, une trentaine de barques peintes, une église qui sonne l’heure en retard et des maisons roses aux volets verts. À six heures, les bateaux rentrent et tout le village descend voir ce qu’il y a dans les caisses.",
                    "en": "Porto Salvia is a quay, some thirty painted boats, a church bell that strikes the hour late and pink houses with green shutters. At six o’clock the boats come in and the whole village goes down to see what is in the crates.",
                    "it": "Porto Salvia è un molo, una trentina di barche dipinte, una chiesa che suona l’ora in ritardo e case rosa con le persiane verdi. Alle sei rientrano le barche e tutto il paese scende a vedere che cosa c’è nelle cassette.",
                },
            ),
            (
                "image",
                {
                    "image": "hero",
                    "alt_text": {
                        "fr": "Petit port avec des barques en bois peintes en bleu et blanc, devant des maisons roses au pied d’une colline.",
                        "en": "A small harbour with wooden boats painted blue and white, in front of pink houses at the foot of a hill.",
                        "it": "Piccolo porto con barche di legno dipinte di blu e di bianco, davanti a case rosa ai piedi di una collina.",
                    },
                    "caption": {
                        "fr": "Le quai de Porto Salvia au retour de la pêche.",
                        "en": "The Porto Salvia quay as the boats come back from fishing.",
                        "it": "Il molo di Porto Salvia al rientro dalla pesca.",
                    },
                    "credit": "Rosaria Deiana",
                    "licence": "cc-by",
                },
            ),
            (
                "heading",
                {
                    "fr": "Une coopérative de pêche artisanale",
                    "en": "A small-scale fishing cooperative",
                    "it": "Una cooperativa di pesca artigianale",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Depuis 1954, les pêcheurs de Porto Salvia vendent leur poisson ensemble, à la criée du quai. Aujourd’hui, la coopérative ouvre aussi ses chambres, sa cuisine et son savoir-faire, pour que le village vive d’autre chose que des locations d’été.",
                    "en": "Since 1954 the fishermen of Porto Salvia have sold their fish together, at the quayside auction. Today the cooperative also opens its rooms, its kitchen and its know-how, so that the village can live on something other than summer lets.",
                    "it": "Dal 1954 i pescatori di Porto Salvia vendono il loro pesce insieme, all’asta del molo. Oggi la cooperativa apre anche le sue camere, la sua cucina e il suo sapere, perché il paese viva di qualcosa di diverso dagli affitti estivi.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "fr": "La mer nous donne moins qu’avant. Alors on partage mieux ce qu’elle donne.",
                        "en": "The sea gives us less than it used to. So we share better what it gives.",
                        "it": "Il mare ci dà meno di una volta. Allora dividiamo meglio quello che ci dà.",
                    },
                    "attribution": "Gavino Pirastru",
                    "role": {
                        "fr": "patron pêcheur, président de la coopérative",
                        "en": "skipper, chair of the cooperative",
                        "it": "padrone di barca, presidente della cooperativa",
                    },
                },
            ),
        ],
        "kind": "maritime",
        "locality": "Porto Salvia",
        "country": "IT",
        "latitude": 39.0712,
        "longitude": 8.4135,
        "contact_email": "ciao@porto-salvia.example",
        "extra_languages": [],
        "offers": [
            {
                "title": {
                    "fr": "Raccommoder un filet avec Assunta",
                    "en": "Mending a net with Assunta",
                    "it": "Rammendare una rete con Assunta",
                },
                "intro": {
                    "fr": "Une matinée sur le quai pour apprendre les nœuds et les gestes des raccommodeuses.",
                    "en": "A morning on the quay learning the knots and movements of the net-menders.",
                    "it": "Una mattinata sul molo per imparare i nodi e i gesti delle rammendatrici.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "Assunta Melis raccommode des filets depuis l’âge de neuf ans. Elle vous installe sur un tabouret, le filet sur les genoux, et vous apprend la navette, la maille et le nœud qui ne glisse jamais.",
                            "en": "Assunta Melis has been mending nets since she was nine. She sits you on a stool with the net on your knees and teaches you the shuttle, the mesh and the knot that never slips.",
                            "it": "Assunta Melis rammenda reti da quando aveva nove anni. Vi sistema su uno sgabello, con la rete sulle ginocchia, e vi insegna la navetta, la maglia e il nodo che non scivola mai.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "fr": "Le mardi et le vendredi matin",
                            "en": "Tuesday and Friday mornings",
                            "it": "Il martedì e il venerdì mattina",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "L’atelier dure trois heures, de huit heures à onze heures, à l’ombre du hangar de la coopérative. On finit par un café et par les histoires d’Assunta, qui valent à elles seules le déplacement.",
                            "en": "The workshop lasts three hours, from eight to eleven, in the shade of the cooperative’s shed. It ends with coffee and Assunta’s stories, which alone are worth the trip.",
                            "it": "Il laboratorio dura tre ore, dalle otto alle undici, all’ombra del capannone della cooperativa. Si finisce con un caffè e con i racconti di Assunta, che da soli valgono il viaggio.",
                        },
                    ),
                ],
                "offer_type": "workshop",
                "price": {"kind": "fixed", "amount": "20"},
                "price_note": {
                    "fr": "Fil et navette fournis ; les enfants sont les bienvenus dès huit ans.",
                    "en": "Twine and shuttle provided; children welcome from age eight.",
                    "it": "Filo e navetta forniti; i bambini sono i benvenuti dagli otto anni.",
                },
            },
            {
                "title": {
                    "fr": "La soupe du retour de pêche",
                    "en": "The back-from-fishing soup",
                    "it": "La zuppa del rientro dalla pesca",
                },
                "intro": {
                    "fr": "Le soir, dans la cuisine de la coopérative, une soupe de poissons faite avec ce que les barques ont rapporté.",
                    "en": "In the evening, in the cooperative’s kitchen, a fish soup made from whatever the boats brought back.",
                    "it": "La sera, nella cucina della cooperativa, una zuppa di pesce fatta con quello che hanno portato le barche.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "Rosaria Deiana cuisine les poissons que la criée n’a pas vendus : rascasses, girelles, petits rougets, un morceau de murène les bons jours. Elle les fait mijoter avec des tomates, du fenouil sauvage et du pain rassis, comme sa grand-mère.",
                            "en": "Rosaria Deiana cooks the fish the auction didn’t sell: scorpionfish, rainbow wrasse, little red mullet, a piece of moray eel on good days. She simmers them with tomatoes, wild fennel and stale bread, the way her grandmother did.",
                            "it": "Rosaria Deiana cucina il pesce che l’asta non ha venduto: scorfani, donzelle, piccole triglie, nei giorni buoni un pezzo di murena. Lo fa cuocere piano con pomodori, finocchietto selvatico e pane raffermo, come sua nonna.",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "On mange à la grande table, avec les pêcheurs qui ne sont pas trop fatigués et le vin blanc de la cave de Gavino. Écrivez-nous le matin même : le nombre de places dépend de la pêche.",
                            "en": "We eat at the long table, with whichever fishermen aren’t too tired and white wine from Gavino’s cellar. Write to us that same morning: the number of places depends on the catch.",
                            "it": "Si mangia alla tavolata, con i pescatori che non sono troppo stanchi e il vino bianco della cantina di Gavino. Scriveteci la mattina stessa: i posti dipendono dalla pesca.",
                        },
                    ),
                ],
                "offer_type": "meal",
                "price": {"kind": "range", "amount": "12", "max": "20"},
                "price_note": {
                    "fr": "Selon le poisson du jour ; vin et café compris.",
                    "en": "Depending on the day’s fish; wine and coffee included.",
                    "it": "Secondo il pesce del giorno; vino e caffè compresi.",
                },
            },
            {
                "title": {
                    "fr": "Les chambres de l’ancien magasin à sel",
                    "en": "Rooms in the old salt store",
                    "it": "Le camere del vecchio magazzino del sale",
                },
                "intro": {
                    "fr": "Cinq chambres simples au-dessus du quai, dans le bâtiment où l’on salait autrefois les anchois.",
                    "en": "Five simple rooms above the quay, in the building where anchovies were once salted.",
                    "it": "Cinque camere semplici sopra il molo, nell’edificio dove un tempo si salavano le acciughe.",
                },
                "body": [
                    (
                        "heading",
                        {
                            "fr": "Dormir au bruit des amarres",
                            "en": "Sleeping to the creak of mooring ropes",
                            "it": "Dormire al rumore degli ormeggi",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Les murs font un mètre d’épaisseur et gardent la fraîcheur tout l’été. Les chambres ont été refaites par les pêcheurs eux-mêmes pendant trois hivers, avec des lits en bois de barque et des carreaux de ciment récupérés dans les maisons du village.",
                            "en": "The walls are a metre thick and stay cool all summer. The rooms were redone by the fishermen themselves over three winters, with beds made of boat timber and cement tiles salvaged from village houses.",
                            "it": "I muri sono spessi un metro e tengono il fresco tutta l’estate. Le camere sono state rifatte dai pescatori stessi in tre inverni, con letti in legno di barca e cementine recuperate nelle case del paese.",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Les salles de bains sont sur le palier et la terrasse commune donne sur le port. Le matin, vous serez réveillés par les moteurs, vers cinq heures : c’est le prix de la vue.",
                            "en": "The bathrooms are on the landing and the communal terrace looks over the harbour. In the morning you will be woken by the engines, around five: that is the price of the view.",
                            "it": "I bagni sono sul pianerottolo e la terrazza comune dà sul porto. Al mattino vi sveglieranno i motori, verso le cinque: è il prezzo della vista.",
                        },
                    ),
                ],
                "offer_type": "accommodation",
                "price": {"kind": "range", "amount": "30", "max": "50"},
                "price_note": {
                    "fr": "Par nuit et par chambre, selon la saison ; moitié prix pour une semaine entière hors été.",
                    "en": "Per night per room, depending on the season; half price for a full week outside summer.",
                    "it": "A notte e a camera, secondo la stagione; metà prezzo per una settimana intera fuori dall’estate.",
                },
            },
        ],
        "stories": [
            {
                "title": {
                    "fr": "Les dernières raccommodeuses",
                    "en": "The last net-menders",
                    "it": "Le ultime rammendatrici",
                },
                "intro": {
                    "fr": "Assunta Melis se souvient du temps où vingt femmes réparaient les filets sur le quai, en chantant et en se chamaillant.",
                    "en": "Assunta Melis remembers when twenty women mended nets on the quay, singing and squabbling.",
                    "it": "Assunta Melis ricorda il tempo in cui venti donne riparavano le reti sul molo, cantando e bisticciando.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "Quand j’étais petite, le quai appartenait aux femmes de sept heures à midi. Les hommes dormaient après la nuit en mer, et nous, on étalait les filets sur les pavés, de l’église jusqu’au phare.",
                            "en": "When I was little, the quay belonged to the women from seven until noon. The men slept after their night at sea, and we spread the nets out on the cobbles, from the church all the way to the lighthouse.",
                            "it": "Quando ero piccola, il molo apparteneva alle donne dalle sette a mezzogiorno. Gli uomini dormivano dopo la notte in mare e noi stendevamo le reti sul selciato, dalla chiesa fino al faro.",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Ma mère avait les doigts les plus rapides du village. Elle me donnait les petits trous, ceux des poissons, et gardait pour elle les grandes déchirures, celles des dauphins et des tempêtes.",
                            "en": "My mother had the fastest fingers in the village. She gave me the small holes, the ones made by fish, and kept the big tears for herself, the ones left by dolphins and storms.",
                            "it": "Mia madre aveva le dita più veloci del paese. A me dava i buchi piccoli, quelli dei pesci, e teneva per sé gli strappi grandi, quelli dei delfini e delle tempeste.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "fr": "Des chansons pour compter les mailles",
                            "en": "Songs for counting the meshes",
                            "it": "Canzoni per contare le maglie",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "On chantait pour garder le rythme : une maille par syllabe, un nœud à chaque fin de vers. Certaines chansons étaient si vieilles que personne ne savait plus ce que voulaient dire les mots, mais les mains, elles, s’en souvenaient.",
                            "en": "We sang to keep the rhythm: one mesh per syllable, one knot at the end of each line. Some songs were so old that nobody knew any more what the words meant, but the hands remembered.",
                            "it": "Cantavamo per tenere il ritmo: una maglia per sillaba, un nodo alla fine di ogni verso. Certe canzoni erano così vecchie che nessuno sapeva più che cosa volessero dire le parole, ma le mani se lo ricordavano.",
                        },
                    ),
                    (
                        "image",
                        {
                            "image": "detail",
                            "alt_text": {
                                "fr": "Des mains âgées nouent un filet de pêche vert avec une navette en bois.",
                                "en": "Old hands knotting a green fishing net with a wooden shuttle.",
                                "it": "Mani anziane annodano una rete da pesca verde con una navetta di legno.",
                            },
                            "caption": {
                                "fr": "Les mains d’Assunta et sa navette en olivier, taillée par son père.",
                                "en": "Assunta’s hands and her olive-wood shuttle, carved by her father.",
                                "it": "Le mani di Assunta e la sua navetta d’ulivo, intagliata da suo padre.",
                            },
                            "credit": "Rosaria Deiana",
                            "licence": "cc0",
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": {
                                "fr": "Un filet, c’est surtout des trous. Tout l’art, c’est de choisir lesquels on garde.",
                                "en": "A net is mostly holes. The whole art is choosing which ones to keep.",
                                "it": "Una rete è fatta soprattutto di buchi. Tutta l’arte sta nello scegliere quali tenere.",
                            },
                            "attribution": "Assunta Melis",
                            "role": {
                                "fr": "raccommodeuse de filets",
                                "en": "net-mender",
                                "it": "rammendatrice di reti",
                            },
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Aujourd’hui, nous ne sommes plus que trois, et les filets viennent souvent d’usine. Mais chaque mardi, des jeunes du village et des voyageurs s’assoient à côté de moi, et j’ai recommencé à chanter.",
                            "en": "Today there are only three of us left, and the nets often come from factories. But every Tuesday young people from the village and travellers sit down beside me, and I have started singing again.",
                            "it": "Oggi siamo rimaste in tre, e le reti spesso arrivano dalla fabbrica. Ma ogni martedì dei ragazzi del paese e dei viaggiatori si siedono accanto a me, e ho ricominciato a cantare.",
                        },
                    ),
                ],
            },
        ],
    },
    # 4. Farm stays in a Spanish sierra of almonds and goats.
    {
        "key": "almendral",
        "title": {
            "fr": "Accueil paysan de la Sierra de Almendral",
            "en": "Farm stays in the Sierra de Almendral",
            "it": "Accoglienza contadina nella Sierra de Almendral",
        },
        "intro": {
            "fr": "Cinq fermes de montagne, entre amandiers et chênes verts, où l’on vous reçoit à la table familiale et au rythme des chèvres.",
            "en": "Five mountain farms among almond trees and holm oaks, where you are welcomed at the family table and at the pace of the goats.",
            "it": "Cinque fattorie di montagna, tra mandorli e lecci, dove si viene accolti alla tavola di famiglia e al ritmo delle capre.",
        },
        "body": [
            (
                "heading",
                {
                    "fr": "Une sierra qui fleurit en hiver",
                    "en": "A sierra that blossoms in winter",
                    "it": "Una sierra che fiorisce d’inverno",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "En février, les amandiers de la sierra deviennent blancs et roses d’un seul coup, et tout Aldearroya sent le miel. Le reste de l’année, ce sont des terrasses de pierre, des chemins muletiers et le tintement des chèvres qui descendent boire à l’acequia.",
                    "en": "In February the almond trees of the sierra turn white and pink all at once, and the whole of Aldearroya smells of honey. The rest of the year there are stone terraces, mule tracks and the clinking of goats coming down to drink at the acequia.",
                    "it": "A febbraio i mandorli della sierra diventano bianchi e rosa tutti insieme, e tutta Aldearroya profuma di miele. Il resto dell’anno ci sono terrazze di pietra, mulattiere e il tintinnio delle capre che scendono a bere all’acequia.",
                },
            ),
            (
                "image",
                {
                    "image": "hero",
                    "alt_text": {
                        "fr": "Des terrasses d’amandiers en fleurs sur une pente de montagne sèche, avec un village blanc au fond.",
                        "en": "Terraces of almond trees in blossom on a dry mountain slope, with a white village in the background.",
                        "it": "Terrazze di mandorli in fiore su un arido pendio di montagna, con un villaggio bianco sullo sfondo.",
                    },
                    "caption": {
                        "fr": "Les amandiers d’Aldearroya en février.",
                        "en": "The almond trees of Aldearroya in February.",
                        "it": "I mandorli di Aldearroya a febbraio.",
                    },
                    "credit": "Lucía Navarrete",
                    "licence": "cc-by-sa",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Nos cinq familles se sont regroupées pour accueillir ensemble : l’une fait le fromage, l’autre le miel, une troisième garde les vieilles variétés d’amandes. Quand une ferme est pleine, on vous envoie chez la voisine, et le dimanche tout le monde mange chez Encarna.",
                    "en": "Our five families joined together to host as one: one makes cheese, another honey, a third keeps the old almond varieties. When one farm is full, we send you to the neighbour, and on Sundays everyone eats at Encarna’s.",
                    "it": "Le nostre cinque famiglie si sono unite per accogliere insieme: una fa il formaggio, un’altra il miele, una terza custodisce le vecchie varietà di mandorle. Quando una fattoria è piena vi mandiamo dalla vicina, e la domenica mangiano tutti da Encarna.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "fr": "Le voyageur qui ramasse les amandes avec nous, à la fin de la journée, ce n’est plus un client. C’est quelqu’un qui a mal au dos, comme nous.",
                        "en": "By the end of the day, the traveller who gathers almonds with us is no longer a customer. They are someone with a sore back, just like us.",
                        "it": "Il viaggiatore che raccoglie le mandorle con noi, a fine giornata, non è più un cliente. È uno che ha mal di schiena, come noi.",
                    },
                    "attribution": "Encarna Ruiz Molina",
                    "role": {
                        "fr": "chevrière et fromagère",
                        "en": "goat farmer and cheesemaker",
                        "it": "capraia e casara",
                    },
                },
            ),
        ],
        "kind": "rural",
        "locality": "Aldearroya",
        "country": "ES",
        "latitude": 37.0084,
        "longitude": -3.1347,
        "contact_email": "hola@almendral.example",
        "extra_languages": [],
        "offers": [
            {
                "title": {
                    "fr": "Une semaine au cortijo de la Solana",
                    "en": "A week at the Cortijo de la Solana",
                    "it": "Una settimana al cortijo de la Solana",
                },
                "intro": {
                    "fr": "Séjourner dans une ferme blanchie à la chaux, partager les repas et, si l’on veut, les travaux de saison.",
                    "en": "Stay in a whitewashed farmhouse, share the meals and, if you like, the seasonal work.",
                    "it": "Soggiornare in una fattoria imbiancata a calce, condividere i pasti e, se si vuole, i lavori di stagione.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "Le cortijo de Paco Alarcón et Lucía Navarrete a trois chambres, une cheminée et une terrasse où l’on dîne sous la treille jusqu’en octobre. On y mange le pain du four à bois, les œufs des poules et les légumes de l’huerta.",
                            "en": "Paco Alarcón and Lucía Navarrete’s cortijo has three bedrooms, a fireplace and a terrace where dinner is served under the vine until October. Meals are bread from the wood oven, eggs from the hens and vegetables from the huerta.",
                            "it": "Il cortijo di Paco Alarcón e Lucía Navarrete ha tre camere, un camino e una terrazza dove si cena sotto il pergolato fino a ottobre. Si mangiano il pane del forno a legna, le uova delle galline e le verdure dell’huerta.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "fr": "Les saisons du cortijo",
                            "en": "The cortijo’s seasons",
                            "it": "Le stagioni del cortijo",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "En février, la floraison ; en juin, la tonte et les abricots ; en septembre, la récolte des amandes à la gaule. Vous participez autant que vous le souhaitez, et pas du tout si vous préférez la sieste.",
                            "en": "In February, the blossom; in June, the shearing and the apricots; in September, knocking the almonds down with poles. You join in as much as you like, and not at all if you prefer a siesta.",
                            "it": "A febbraio la fioritura; a giugno la tosatura e le albicocche; a settembre la raccolta delle mandorle con la pertica. Partecipate quanto volete, e per niente se preferite la siesta.",
                        },
                    ),
                ],
                "offer_type": "stay",
                "price": {"kind": "range", "amount": "35", "max": "55"},
                "price_note": {
                    "fr": "Par nuit et par personne en demi-pension ; le tarif bas pour celles et ceux qui viennent aider à la récolte.",
                    "en": "Per night per person, half board; the lower rate for those who come to help with the harvest.",
                    "it": "A notte e a persona in mezza pensione; la tariffa bassa per chi viene ad aiutare nella raccolta.",
                },
            },
            {
                "title": {
                    "fr": "Faire le fromage avec Encarna",
                    "en": "Making cheese with Encarna",
                    "it": "Fare il formaggio con Encarna",
                },
                "intro": {
                    "fr": "De la traite du matin au moulage des fromages, une matinée à la fromagerie de la ferme.",
                    "en": "From the morning milking to moulding the cheeses, a morning in the farm dairy.",
                    "it": "Dalla mungitura del mattino alla formatura dei formaggi, una mattinata nel caseificio della fattoria.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "On commence à sept heures avec les quatre-vingts chèvres d’Encarna, des chèvres noires qui ont chacune un nom. Ensuite, à la fromagerie, on emprésure le lait encore tiède, on tranche le caillé et on remplit les moules d’alfa tressé.",
                            "en": "We start at seven with Encarna’s eighty goats, black goats who each have a name. Then in the dairy we add rennet to the still-warm milk, cut the curd and fill the plaited esparto moulds.",
                            "it": "Si comincia alle sette con le ottanta capre di Encarna, capre nere che hanno ognuna un nome. Poi, nel caseificio, si caglia il latte ancora tiepido, si taglia la cagliata e si riempiono le fascere di sparto intrecciato.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "fr": "Repartir avec son fromage",
                            "en": "Going home with your own cheese",
                            "it": "Ripartire con il proprio formaggio",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Vous repartez avec votre propre petit fromage, à affiner chez vous ou à manger le soir même avec du miel de romarin. L’atelier a lieu le samedi, pour six personnes au plus.",
                            "en": "You leave with your own little cheese, to age at home or to eat that same evening with rosemary honey. The workshop is held on Saturdays, for six people at most.",
                            "it": "Ripartite con il vostro piccolo formaggio, da stagionare a casa o da mangiare la sera stessa con il miele di rosmarino. Il laboratorio si tiene il sabato, per sei persone al massimo.",
                        },
                    ),
                ],
                "offer_type": "workshop",
                "price": {"kind": "fixed", "amount": "25"},
                "price_note": "",
            },
            {
                "title": {
                    "fr": "Amandes, miel et fromage de la sierra",
                    "en": "Almonds, honey and cheese from the sierra",
                    "it": "Mandorle, miele e formaggio della sierra",
                },
                "intro": {
                    "fr": "Ce que produisent nos cinq fermes, à acheter directement sur place.",
                    "en": "What our five farms produce, to buy directly on site.",
                    "it": "Quello che producono le nostre cinque fattorie, da comprare direttamente sul posto.",
                },
                "body": [
                    (
                        "heading",
                        {
                            "fr": "Le garde-manger commun",
                            "en": "The shared larder",
                            "it": "La dispensa comune",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Dans l’ancienne étable d’Encarna, une étagère rassemble les produits de tous : amandes marcona et desmayo, miel de romarin et de thym, fromages frais ou affinés, huile d’olive du moulin du village. Chaque bocal porte le nom de la famille qui l’a rempli.",
                            "en": "In Encarna’s old stable, a set of shelves gathers everyone’s produce: Marcona and Desmayo almonds, rosemary and thyme honey, fresh or aged cheeses, olive oil from the village mill. Every jar bears the name of the family who filled it.",
                            "it": "Nella vecchia stalla di Encarna uno scaffale raccoglie i prodotti di tutti: mandorle marcona e desmayo, miele di rosmarino e di timo, formaggi freschi o stagionati, olio d’oliva del frantoio del paese. Ogni barattolo porta il nome della famiglia che l’ha riempito.",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "On se sert, on note sur le cahier et on laisse l’argent dans la boîte en fer. C’est comme ça depuis toujours, et il n’a jamais manqué un centime.",
                            "en": "You help yourself, write it in the notebook and leave the money in the tin box. It has always been that way, and not a single cent has ever gone missing.",
                            "it": "Ci si serve, si annota sul quaderno e si lasciano i soldi nella scatola di latta. È sempre stato così, e non è mai mancato un centesimo.",
                        },
                    ),
                ],
                "offer_type": "product",
                "price": {"kind": "range", "amount": "6", "max": "18"},
                "price_note": {
                    "fr": "Selon le produit ; vente à la ferme uniquement, nous n’expédions pas.",
                    "en": "Depending on the product; sold at the farm only, we don’t ship.",
                    "it": "Secondo il prodotto; vendita solo in fattoria, non spediamo.",
                },
            },
        ],
        "stories": [
            {
                "title": {
                    "fr": "L’eau de l’acequia",
                    "en": "The water of the acequia",
                    "it": "L’acqua dell’acequia",
                },
                "intro": {
                    "fr": "Paco Alarcón raconte le vieux canal d’irrigation que tout le village entretient ensemble depuis mille ans.",
                    "en": "Paco Alarcón tells of the old irrigation channel the whole village has kept up together for a thousand years.",
                    "it": "Paco Alarcón racconta il vecchio canale d’irrigazione che tutto il paese cura insieme da mille anni.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "Chez nous, l’eau descend de la neige par l’acequia, un canal de terre et de pierre creusé par les Maures. Elle court sur dix kilomètres à flanc de montagne, et sans elle il n’y aurait ni amandiers, ni chèvres, ni personne.",
                            "en": "Here, the water comes down from the snow through the acequia, a channel of earth and stone dug by the Moors. It runs for ten kilometres along the mountainside, and without it there would be no almond trees, no goats and no people.",
                            "it": "Da noi l’acqua scende dalla neve attraverso l’acequia, un canale di terra e pietra scavato dai Mori. Corre per dieci chilometri lungo il fianco della montagna, e senza di lei non ci sarebbero né mandorli, né capre, né nessuno.",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Chaque famille a son tour d’eau, écrit dans un vieux registre : le mardi de quatre à six heures pour nous, depuis mon arrière-grand-père. La nuit de notre tour, je me lève avec une lampe pour ouvrir la petite vanne de bois, et j’écoute l’eau entrer dans les terrasses.",
                            "en": "Each family has its water turn, written in an old register: Tuesday from four to six in the morning for us, since my great-grandfather’s time. On the night of our turn I get up with a lamp to open the little wooden sluice, and I listen to the water flowing into the terraces.",
                            "it": "Ogni famiglia ha il suo turno d’acqua, scritto in un vecchio registro: il martedì dalle quattro alle sei per noi, dai tempi del mio bisnonno. La notte del nostro turno mi alzo con una lampada per aprire la piccola paratoia di legno e ascolto l’acqua che entra nelle terrazze.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "fr": "Le jour du curage",
                            "en": "Channel-clearing day",
                            "it": "Il giorno della pulizia del canale",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Une fois par an, en avril, tout le village monte nettoyer le canal : on enlève les pierres, les feuilles, les racines, on rebouche les fuites avec de l’argile. On commence à l’aube, on finit par une énorme paella à la source, et les voyageurs sont toujours invités.",
                            "en": "Once a year, in April, the whole village goes up to clean the channel: we remove the stones, leaves and roots and plug the leaks with clay. We start at dawn and finish with an enormous paella at the spring, and travellers are always invited.",
                            "it": "Una volta all’anno, ad aprile, tutto il paese sale a pulire il canale: si tolgono pietre, foglie, radici e si tappano le perdite con l’argilla. Si comincia all’alba, si finisce con una paella enorme alla sorgente, e i viaggiatori sono sempre invitati.",
                        },
                    ),
                    (
                        "image",
                        {
                            "image": "people",
                            "alt_text": {
                                "fr": "Des villageois avec des pelles et des seaux nettoient un étroit canal de pierre à flanc de montagne.",
                                "en": "Villagers with shovels and buckets clearing a narrow stone channel on a mountainside.",
                                "it": "Abitanti del paese con pale e secchi puliscono uno stretto canale di pietra sul fianco della montagna.",
                            },
                            "caption": {
                                "fr": "Le curage de l’acequia, un matin d’avril.",
                                "en": "Clearing the acequia on an April morning.",
                                "it": "La pulizia dell’acequia, una mattina d’aprile.",
                            },
                            "credit": "Tomás Ruiz Molina",
                            "licence": "cc-by",
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": {
                                "fr": "L’eau ne nous appartient pas. On la garde un moment, et on la passe au voisin plus propre qu’on l’a reçue.",
                                "en": "The water doesn’t belong to us. We keep it for a while and pass it on to our neighbour cleaner than we received it.",
                                "it": "L’acqua non ci appartiene. La teniamo per un po’ e la passiamo al vicino più pulita di come l’abbiamo ricevuta.",
                            },
                            "attribution": "Paco Alarcón",
                            "role": {
                                "fr": "paysan et gardien des tours d’eau",
                                "en": "farmer and keeper of the water turns",
                                "it": "contadino e custode dei turni d’acqua",
                            },
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Les années de sécheresse, on se dispute, bien sûr. Mais on finit toujours autour de la même table, parce qu’un canal, ça ne se partage pas à moitié.",
                            "en": "In drought years we argue, of course. But we always end up around the same table, because you can’t share a channel by halves.",
                            "it": "Negli anni di siccità si litiga, certo. Ma si finisce sempre attorno alla stessa tavola, perché un canale non si divide a metà.",
                        },
                    ),
                ],
            },
        ],
    },
    # 5. A youth hostel and artists' collective on the Atlantic coast.
    {
        "key": "vila-mares",
        "title": {
            "fr": "La Maré Alta, auberge et collectif d’artistes",
            "en": "Maré Alta, hostel and artists’ collective",
            "it": "Maré Alta, ostello e collettivo di artisti",
        },
        "intro": {
            "fr": "Une auberge de jeunesse et des ateliers d’artistes installés dans l’ancienne conserverie de Vila das Marés, face à l’Atlantique.",
            "en": "A youth hostel and artists’ studios set up in the old cannery of Vila das Marés, facing the Atlantic.",
            "it": "Un ostello della gioventù e degli atelier d’artista nella vecchia fabbrica di conserve di Vila das Marés, di fronte all’Atlantico.",
        },
        "body": [
            (
                "heading",
                {
                    "fr": "La conserverie devenue maison ouverte",
                    "en": "The cannery turned open house",
                    "it": "La fabbrica di conserve diventata casa aperta",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Pendant soixante ans, on a mis des sardines en boîte dans ce grand bâtiment blanc au bord de la plage. Quand l’usine a fermé, des jeunes du village et des artistes de passage l’ont reprise, pièce par pièce, avec la bénédiction des anciennes ouvrières.",
                    "en": "For sixty years, sardines were canned in this big white building by the beach. When the factory closed, young people from the village and visiting artists took it over, room by room, with the blessing of the former women workers.",
                    "it": "Per sessant’anni in questo grande edificio bianco sulla spiaggia si sono inscatolate le sardine. Quando la fabbrica ha chiuso, i giovani del paese e gli artisti di passaggio l’hanno ripresa, stanza per stanza, con la benedizione delle ex operaie.",
                },
            ),
            (
                "image",
                {
                    "image": "hero",
                    "alt_text": {
                        "fr": "Un long bâtiment blanc aux fenêtres bleues au bord d’une plage de sable, sous un ciel chargé de nuages atlantiques.",
                        "en": "A long white building with blue windows at the edge of a sandy beach, under a sky heavy with Atlantic clouds.",
                        "it": "Un lungo edificio bianco dalle finestre blu sul bordo di una spiaggia di sabbia, sotto un cielo carico di nuvole atlantiche.",
                    },
                    "caption": {
                        "fr": "L’ancienne conserverie de Vila das Marés, un jour de grande marée.",
                        "en": "The old cannery of Vila das Marés on a spring-tide day.",
                        "it": "La vecchia fabbrica di conserve di Vila das Marés, in un giorno di grande marea.",
                    },
                    "credit": "Rui Mendonça",
                    "licence": "cc-by",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Au rez-de-chaussée, il y a le dortoir, la cuisine commune et la salle où l’on projette des films le dimanche. À l’étage, six ateliers accueillent des graveurs, une céramiste, un luthier et quiconque a un projet et l’envie de le partager.",
                    "en": "On the ground floor are the dormitory, the shared kitchen and the room where films are shown on Sundays. Upstairs, six studios host printmakers, a ceramicist, a guitar maker and anyone with a project and the wish to share it.",
                    "it": "Al piano terra ci sono il dormitorio, la cucina comune e la sala dove la domenica si proiettano film. Al piano di sopra sei atelier ospitano incisori, una ceramista, un liutaio e chiunque abbia un progetto e voglia condividerlo.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "fr": "On voulait un endroit où un surfeur, une grand-mère et une graveuse japonaise puissent prendre le petit-déjeuner à la même table.",
                        "en": "We wanted a place where a surfer, a grandmother and a Japanese printmaker could have breakfast at the same table.",
                        "it": "Volevamo un posto dove un surfista, una nonna e un’incisora giapponese potessero fare colazione allo stesso tavolo.",
                    },
                    "attribution": "Inês Carvalhal",
                    "role": {
                        "fr": "cofondatrice de la Maré Alta",
                        "en": "co-founder of Maré Alta",
                        "it": "cofondatrice della Maré Alta",
                    },
                },
            ),
        ],
        "kind": "maritime",
        "locality": "Vila das Marés",
        "country": "PT",
        "latitude": 39.3521,
        "longitude": -9.3302,
        "contact_email": "ola@vila-mares.example",
        "extra_languages": [],
        "offers": [
            {
                "title": {
                    "fr": "Un lit au dortoir de la Maré Alta",
                    "en": "A bed in the Maré Alta dormitory",
                    "it": "Un letto nel dormitorio della Maré Alta",
                },
                "intro": {
                    "fr": "Des lits superposés en bois flotté, des draps propres et le bruit des vagues toute la nuit.",
                    "en": "Driftwood bunk beds, clean sheets and the sound of the waves all night.",
                    "it": "Letti a castello in legno portato dal mare, lenzuola pulite e il rumore delle onde tutta la notte.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "Le dortoir compte seize lits répartis en quatre alcôves, plus deux petites chambres pour les familles. Chacun fait sa vaisselle, et le soir on cuisine souvent ensemble ce que les pêcheurs nous ont laissé.",
                            "en": "The dormitory has sixteen beds in four alcoves, plus two small rooms for families. Everyone does their own washing-up, and in the evening we often cook together whatever the fishermen have left us.",
                            "it": "Il dormitorio ha sedici letti divisi in quattro alcove, più due camerette per le famiglie. Ognuno lava i suoi piatti e la sera spesso si cucina insieme quello che ci hanno lasciato i pescatori.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "fr": "Arriver à pied ou à vélo",
                            "en": "Arriving on foot or by bike",
                            "it": "Arrivare a piedi o in bici",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "L’auberge est sur le sentier côtier, à deux heures de marche de la gare la plus proche. Il y a un abri pour les vélos, des outils pour les réparer et toujours un lit de réserve pour celui qui arrive tard et trempé.",
                            "en": "The hostel is on the coastal path, a two-hour walk from the nearest station. There is a shelter for bikes, tools to fix them and always a spare bed for whoever turns up late and soaked.",
                            "it": "L’ostello è sul sentiero costiero, a due ore di cammino dalla stazione più vicina. C’è una tettoia per le bici, gli attrezzi per ripararle e sempre un letto di riserva per chi arriva tardi e fradicio.",
                        },
                    ),
                ],
                "offer_type": "accommodation",
                "price": {"kind": "range", "amount": "18", "max": "28"},
                "price_note": {
                    "fr": "Par nuit ; 12 € pour les moins de vingt-six ans qui voyagent à pied ou à vélo.",
                    "en": "Per night; €12 for under-26s travelling on foot or by bike.",
                    "it": "A notte; 12 € per chi ha meno di ventisei anni e viaggia a piedi o in bici.",
                },
            },
            {
                "title": {
                    "fr": "Un établi à l’atelier du hangar à bateaux",
                    "en": "A workbench in the boathouse studio",
                    "it": "Un banco nell’atelier della rimessa delle barche",
                },
                "intro": {
                    "fr": "Un grand atelier partagé, avec presse de gravure et four à céramique, ouvert aux artistes de passage.",
                    "en": "A large shared studio, with a printing press and a ceramics kiln, open to visiting artists.",
                    "it": "Un grande atelier condiviso, con torchio calcografico e forno per ceramica, aperto agli artisti di passaggio.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "Le hangar où l’on réparait les barques sert aujourd’hui d’atelier commun : huit établis, une presse à taille-douce, un four à bois pour la céramique et une vue sur les rouleaux. Rui Mendonça et Sofia Anjos en prennent soin et vous montrent comment tout fonctionne.",
                            "en": "The shed where boats used to be repaired is now a shared studio: eight workbenches, an intaglio press, a wood-fired ceramics kiln and a view of the breakers. Rui Mendonça and Sofia Anjos look after it and show you how everything works.",
                            "it": "La rimessa dove si riparavano le barche oggi è un atelier comune: otto banchi, un torchio calcografico, un forno a legna per la ceramica e la vista sui cavalloni. Rui Mendonça e Sofia Anjos se ne prendono cura e vi mostrano come funziona tutto.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "fr": "Laisser une trace",
                            "en": "Leaving a trace",
                            "it": "Lasciare una traccia",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "En échange, on vous demande de laisser quelque chose derrière vous : une gravure pour le mur, un atelier pour les enfants du village ou une soirée pour montrer votre travail.",
                            "en": "In return we ask you to leave something behind: a print for the wall, a workshop for the village children or an evening to show your work.",
                            "it": "In cambio vi chiediamo di lasciare qualcosa dietro di voi: un’incisione per la parete, un laboratorio per i bambini del paese o una serata per mostrare il vostro lavoro.",
                        },
                    ),
                ],
                "offer_type": "workspace",
                "price": {"kind": "pay_what_you_can", "amount": "5"},
                "price_note": {
                    "fr": "Montant conseillé par jour ; papier, encres et argile à prix coûtant.",
                    "en": "Suggested amount per day; paper, inks and clay at cost price.",
                    "it": "Importo consigliato al giorno; carta, inchiostri e argilla a prezzo di costo.",
                },
            },
            {
                "title": {
                    "fr": "À marée basse jusqu’aux rochers des Corvos",
                    "en": "At low tide out to the Corvos rocks",
                    "it": "Con la bassa marea fino agli scogli dei Corvos",
                },
                "intro": {
                    "fr": "Une marche sur l’estran avec Graça Pestana, qui a ramassé des algues ici toute sa vie.",
                    "en": "A walk on the foreshore with Graça Pestana, who has gathered seaweed here all her life.",
                    "it": "Una camminata sulla battigia con Graça Pestana, che qui ha raccolto alghe per tutta la vita.",
                },
                "body": [
                    (
                        "heading",
                        {
                            "fr": "Lire la mer",
                            "en": "Reading the sea",
                            "it": "Leggere il mare",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Aux grandes marées, la mer recule de trois cents mètres et découvre un monde de flaques, de moules et d’anémones. Graça vous apprend à reconnaître les algues qu’on mange, celles qui nourrissaient les champs et celles qu’il vaut mieux laisser.",
                            "en": "At spring tides the sea draws back three hundred metres and uncovers a world of rock pools, mussels and anemones. Graça teaches you to recognise the seaweeds you can eat, the ones that used to feed the fields and the ones best left alone.",
                            "it": "Con le grandi maree il mare si ritira di trecento metri e scopre un mondo di pozze, cozze e anemoni. Graça vi insegna a riconoscere le alghe che si mangiano, quelle che nutrivano i campi e quelle che è meglio lasciare stare.",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "La date change chaque mois selon les coefficients : écrivez-nous et nous vous dirons la prochaine. Bottes ou sandales qui tiennent bien, et jamais seul au-delà des rochers.",
                            "en": "The date changes every month with the tides: write to us and we will tell you the next one. Wear boots or sandals that grip well, and never go beyond the rocks alone.",
                            "it": "La data cambia ogni mese secondo le maree: scriveteci e vi diremo la prossima. Stivali o sandali che tengano bene, e mai da soli oltre gli scogli.",
                        },
                    ),
                ],
                "offer_type": "walk",
                "price": {"kind": "free"},
                "price_note": "",
            },
        ],
        "stories": [
            {
                "title": {
                    "fr": "Les sargaceiras de Vila das Marés",
                    "en": "The sargaceiras of Vila das Marés",
                    "it": "Le sargaceiras di Vila das Marés",
                },
                "intro": {
                    "fr": "Graça Pestana raconte les femmes qui ramassaient le goémon dans les vagues pour engraisser les champs.",
                    "en": "Graça Pestana tells of the women who gathered seaweed in the waves to fertilise the fields.",
                    "it": "Graça Pestana racconta le donne che raccoglievano le alghe tra le onde per concimare i campi.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "On nous appelait les sargaceiras. Avant le jour, on entrait dans l’eau jusqu’à la taille avec de grands râteaux, et on tirait vers la plage les algues que la tempête avait arrachées.",
                            "en": "They called us the sargaceiras. Before daybreak we went into the water up to our waists with big rakes, and we dragged to the beach the seaweed the storm had torn loose.",
                            "it": "Ci chiamavano le sargaceiras. Prima dell’alba entravamo in acqua fino alla vita con grandi rastrelli e tiravamo verso la spiaggia le alghe che la tempesta aveva strappato.",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "On portait des jupes de laine épaisse et des chapeaux noirs, et on séchait le goémon en grands tas sur la dune. Les paysans de l’intérieur venaient l’acheter avec des charrettes à bœufs pour nourrir leurs champs de maïs.",
                            "en": "We wore thick wool skirts and black hats, and we dried the seaweed in big heaps on the dune. Farmers from inland came to buy it with ox carts to feed their maize fields.",
                            "it": "Portavamo gonne di lana spessa e cappelli neri, e facevamo seccare le alghe in grandi mucchi sulla duna. I contadini dell’interno venivano a comprarle con i carri a buoi per nutrire i loro campi di mais.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "fr": "Le froid, le sel et les rires",
                            "en": "Cold, salt and laughter",
                            "it": "Il freddo, il sale e le risate",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "C’était un travail dur, le plus froid que je connaisse. Mais on était ensemble, on chantait pour se réchauffer, et après, autour du feu de bois flotté, on mangeait des sardines grillées en riant de nos jambes bleues.",
                            "en": "It was hard work, the coldest I know. But we were together, we sang to keep warm, and afterwards, around the driftwood fire, we ate grilled sardines and laughed at our blue legs.",
                            "it": "Era un lavoro duro, il più freddo che io conosca. Ma eravamo insieme, cantavamo per scaldarci e dopo, attorno al fuoco di legni portati dal mare, mangiavamo sardine alla brace ridendo delle nostre gambe blu.",
                        },
                    ),
                    (
                        "image",
                        {
                            "image": "detail",
                            "alt_text": {
                                "fr": "Un râteau de bois et un tas d’algues brunes sur le sable mouillé, avec une vague qui se retire.",
                                "en": "A wooden rake and a heap of brown seaweed on wet sand, with a wave drawing back.",
                                "it": "Un rastrello di legno e un mucchio di alghe brune sulla sabbia bagnata, con un’onda che si ritira.",
                            },
                            "caption": {
                                "fr": "Le râteau de Graça, ressorti pour les grandes marées d’automne.",
                                "en": "Graça’s rake, brought out again for the autumn spring tides.",
                                "it": "Il rastrello di Graça, tirato fuori di nuovo per le grandi maree d’autunno.",
                            },
                            "credit": "Sofia Anjos",
                            "licence": "cc-by-sa",
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": {
                                "fr": "La mer ne donne rien à ceux qui restent sur le sable.",
                                "en": "The sea gives nothing to those who stay on the sand.",
                                "it": "Il mare non dà niente a chi resta sulla sabbia.",
                            },
                            "attribution": "Graça Pestana",
                            "role": {
                                "fr": "ancienne sargaceira",
                                "en": "former sargaceira",
                                "it": "ex sargaceira",
                            },
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Quand les jeunes ont ouvert l’auberge dans la conserverie, ils sont venus me demander de leur apprendre. Maintenant, je montre les algues aux voyageurs, et Rui a gravé nos visages sur une grande planche accrochée dans le hall.",
                            "en": "When the young people opened the hostel in the cannery, they came and asked me to teach them. Now I show the seaweed to travellers, and Rui has carved our faces into a big woodblock that hangs in the hall.",
                            "it": "Quando i ragazzi hanno aperto l’ostello nella fabbrica di conserve, sono venuti a chiedermi di insegnare loro. Adesso mostro le alghe ai viaggiatori, e Rui ha inciso i nostri volti su una grande tavola appesa nell’ingresso.",
                        },
                    ),
                ],
            },
        ],
    },
    # 6. A Lithuanian forest village of polyphonic songs and rural gîtes.
    {
        "key": "medziava",
        "title": {
            "fr": "Medžiava, le village de la forêt qui chante",
            "en": "Medžiava, the village of the singing forest",
            "it": "Medžiava, il villaggio della foresta che canta",
        },
        "intro": {
            "fr": "Un village de maisons en bois au milieu des pins, où l’on chante encore les sutartinės à plusieurs voix et où trois familles ouvrent leurs gîtes.",
            "en": "A village of wooden houses among the pines, where sutartinės are still sung in several voices and three families open their guesthouses.",
            "it": "Un villaggio di case di legno in mezzo ai pini, dove si cantano ancora le sutartinės a più voci e dove tre famiglie aprono i loro gîte.",
        },
        "body": [
            (
                "heading",
                {
                    "fr": "Des maisons en bois et des puits à balancier",
                    "en": "Wooden houses and sweep wells",
                    "it": "Case di legno e pozzi a bilanciere",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Medžiava compte quarante-deux habitants, deux cents ruches et plus de cigognes que de voitures. Les maisons sont en rondins peints en ocre, avec des volets bleus sculptés, et chaque cour a son puits à balancier et son sauna au bord de l’étang.",
                    "en": "Medžiava has forty-two inhabitants, two hundred beehives and more storks than cars. The houses are made of logs painted ochre, with carved blue shutters, and every yard has its sweep well and its sauna by the pond.",
                    "it": "Medžiava conta quarantadue abitanti, duecento alveari e più cicogne che automobili. Le case sono di tronchi dipinti d’ocra, con persiane blu intagliate, e ogni cortile ha il suo pozzo a bilanciere e la sua sauna in riva allo stagno.",
                },
            ),
            (
                "image",
                {
                    "image": "hero",
                    "alt_text": {
                        "fr": "Une maison en rondins ocre aux volets bleus au bord d’une forêt de pins, avec un puits à balancier dans la cour.",
                        "en": "An ochre log house with blue shutters at the edge of a pine forest, with a sweep well in the yard.",
                        "it": "Una casa di tronchi color ocra con le persiane blu al margine di una pineta, con un pozzo a bilanciere nel cortile.",
                    },
                    "caption": {
                        "fr": "La maison aux volets bleus, à l’entrée de Medžiava.",
                        "en": "The house with the blue shutters, at the entrance to Medžiava.",
                        "it": "La casa dalle persiane blu, all’ingresso di Medžiava.",
                    },
                    "credit": "Rūta Meškauskienė",
                    "licence": "cc-by-sa",
                },
            ),
            (
                "heading",
                {
                    "fr": "La forêt pour voisine",
                    "en": "The forest next door",
                    "it": "La foresta come vicina",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Autour du village, la forêt s’étend sur des dizaines de kilomètres : pins, bouleaux, tourbières et clairières de bruyère. On y va pour les champignons en septembre, les myrtilles en juillet, et en toute saison pour le silence, qui ici a une odeur de résine.",
                    "en": "Around the village the forest stretches for dozens of kilometres: pines, birches, peat bogs and heather clearings. People go there for mushrooms in September, blueberries in July and, in every season, for the silence, which here smells of resin.",
                    "it": "Attorno al villaggio la foresta si estende per decine di chilometri: pini, betulle, torbiere e radure di erica. Ci si va per i funghi a settembre, per i mirtilli a luglio e in ogni stagione per il silenzio, che qui ha un odore di resina.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "fr": "Chez nous, on ne chante pas pour les autres, on chante avec eux. Même celui qui chante faux trouve sa place dans la ronde.",
                        "en": "Here we don’t sing for others, we sing with them. Even someone who sings out of tune finds a place in the circle.",
                        "it": "Da noi non si canta per gli altri, si canta con loro. Anche chi è stonato trova il suo posto nel cerchio.",
                    },
                    "attribution": "Ona Girdvainė",
                    "role": {
                        "fr": "chanteuse et doyenne du village",
                        "en": "singer and the village’s eldest resident",
                        "it": "cantante e decana del villaggio",
                    },
                },
            ),
        ],
        "kind": "rural",
        "locality": "Medžiava",
        "country": "LT",
        "latitude": 54.0712,
        "longitude": 24.3305,
        "contact_email": "labas@medziava.example",
        "extra_languages": [],
        "offers": [
            {
                "title": {
                    "fr": "Les soirées de chant au grenier",
                    "en": "Singing evenings in the hayloft",
                    "it": "Le serate di canto nel fienile",
                },
                "intro": {
                    "fr": "Chaque samedi d’été, les femmes du village chantent les sutartinės, et tout le monde est invité à apprendre un refrain.",
                    "en": "Every Saturday in summer the village women sing sutartinės, and everyone is invited to learn a refrain.",
                    "it": "Ogni sabato d’estate le donne del villaggio cantano le sutartinės, e tutti sono invitati a imparare un ritornello.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "Les sutartinės sont des chants très anciens à deux, trois ou quatre voix qui se croisent et se répondent, comme des oiseaux. Ona et ses voisines les chantent en cercle dans le grenier de la ferme Kalvaitis, sous les bottes de foin.",
                            "en": "Sutartinės are very old songs for two, three or four voices that cross and answer each other, like birds. Ona and her neighbours sing them in a circle in the hayloft of the Kalvaitis farm, under the bales of hay.",
                            "it": "Le sutartinės sono canti antichissimi a due, tre o quattro voci che si incrociano e si rispondono, come uccelli. Ona e le sue vicine li cantano in cerchio nel fienile della fattoria Kalvaitis, sotto le balle di fieno.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "fr": "Apprendre un refrain en une soirée",
                            "en": "Learning a refrain in one evening",
                            "it": "Imparare un ritornello in una serata",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Pas besoin de savoir chanter ni de parler lituanien : on apprend d’oreille, une ligne à la fois. La soirée commence à vingt heures et finit par du pain noir, du miel et une tisane de tilleul.",
                            "en": "You don’t need to know how to sing or speak Lithuanian: you learn by ear, one line at a time. The evening starts at eight and ends with black bread, honey and linden tea.",
                            "it": "Non serve saper cantare né parlare lituano: si impara a orecchio, una riga alla volta. La serata comincia alle otto e finisce con pane nero, miele e tisana di tiglio.",
                        },
                    ),
                ],
                "offer_type": "event",
                "price": {"kind": "free"},
                "price_note": {
                    "fr": "Entrée libre ; apportez quelque chose à partager si vous le pouvez.",
                    "en": "Free entry; bring something to share if you can.",
                    "it": "Ingresso libero; portate qualcosa da condividere, se potete.",
                },
            },
            {
                "title": {
                    "fr": "Le gîte de la maison aux volets bleus",
                    "en": "The guesthouse with the blue shutters",
                    "it": "Il gîte della casa dalle persiane blu",
                },
                "intro": {
                    "fr": "Une maison en rondins rien que pour vous, avec poêle en faïence, sauna et barque sur l’étang.",
                    "en": "A log house all to yourselves, with a tiled stove, a sauna and a boat on the pond.",
                    "it": "Una casa di tronchi tutta per voi, con stufa in maiolica, sauna e barca sullo stagno.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "Rūta Meškauskienė a restauré la maison de sa grand-mère avec les charpentiers du village, sans un clou de trop. Il y a deux chambres sous le toit, une cuisine avec un grand poêle blanc et une véranda d’où l’on regarde les cigognes rentrer au nid.",
                            "en": "Rūta Meškauskienė restored her grandmother’s house with the village carpenters, without a single nail too many. There are two bedrooms under the roof, a kitchen with a big white stove and a veranda for watching the storks return to their nest.",
                            "it": "Rūta Meškauskienė ha restaurato la casa di sua nonna con i carpentieri del villaggio, senza un chiodo di troppo. Ci sono due camere sotto il tetto, una cucina con una grande stufa bianca e una veranda da cui si guardano le cicogne rientrare al nido.",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Le sauna se chauffe au bois de bouleau : on y passe une heure, puis on plonge dans l’étang, même en octobre. Rūta habite la maison d’en face et passe chaque matin avec du lait, des œufs et les nouvelles du village.",
                            "en": "The sauna is heated with birch wood: you spend an hour in it, then jump into the pond, even in October. Rūta lives in the house opposite and drops by every morning with milk, eggs and the village news.",
                            "it": "La sauna si scalda con legna di betulla: ci si resta un’ora, poi ci si tuffa nello stagno, anche a ottobre. Rūta abita nella casa di fronte e passa ogni mattina con latte, uova e le notizie del villaggio.",
                        },
                    ),
                ],
                "offer_type": "accommodation",
                "price": {"kind": "fixed", "amount": "40"},
                "price_note": {
                    "fr": "Par nuit pour deux personnes, bois du sauna et du poêle compris.",
                    "en": "Per night for two people, wood for the sauna and the stove included.",
                    "it": "A notte per due persone, legna per la sauna e per la stufa compresa.",
                },
            },
            {
                "title": {
                    "fr": "Cèpes et myrtilles avec Jonas",
                    "en": "Porcini and blueberries with Jonas",
                    "it": "Porcini e mirtilli con Jonas",
                },
                "intro": {
                    "fr": "Une matinée en forêt avec le forestier du village, panier au bras.",
                    "en": "A morning in the forest with the village forester, basket on your arm.",
                    "it": "Una mattinata nel bosco con il guardaboschi del villaggio, cesto al braccio.",
                },
                "body": [
                    (
                        "heading",
                        {
                            "fr": "Les coins secrets de Jonas",
                            "en": "Jonas’s secret spots",
                            "it": "I posti segreti di Jonas",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Jonas Kalvaitis connaît la forêt arbre par arbre : il vous montre où poussent les cèpes après la pluie, comment reconnaître les girolles et pourquoi on ne touche jamais aux amanites tue-mouches. En juillet, la balade devient une cueillette de myrtilles, et les doigts restent bleus deux jours.",
                            "en": "Jonas Kalvaitis knows the forest tree by tree: he shows you where porcini grow after rain, how to recognise chanterelles and why you never touch fly agarics. In July the walk turns into blueberry picking, and your fingers stay blue for two days.",
                            "it": "Jonas Kalvaitis conosce la foresta albero per albero: vi mostra dove crescono i porcini dopo la pioggia, come riconoscere i finferli e perché non si toccano mai gli ovoli malefici. A luglio la passeggiata diventa una raccolta di mirtilli, e le dita restano blu per due giorni.",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Départ à sept heures devant la maison de Jonas, retour pour le déjeuner. Le soir, Rūta vous apprend à faire sécher les champignons sur un fil, au-dessus du poêle.",
                            "en": "We leave at seven from Jonas’s house and are back for lunch. In the evening Rūta shows you how to dry the mushrooms on a string above the stove.",
                            "it": "Partenza alle sette davanti alla casa di Jonas, rientro per il pranzo. La sera Rūta vi insegna a essiccare i funghi su un filo, sopra la stufa.",
                        },
                    ),
                ],
                "offer_type": "walk",
                "price": {"kind": "fixed", "amount": "8"},
                "price_note": {
                    "fr": "Panier prêté ; on cueille pour sa table, jamais pour vendre.",
                    "en": "Basket lent; we pick for our own table, never to sell.",
                    "it": "Cesto in prestito; si raccoglie per la propria tavola, mai per vendere.",
                },
            },
        ],
        "stories": [
            {
                "title": {
                    "fr": "La chanson qui tourne autour du puits",
                    "en": "The song that circles the well",
                    "it": "La canzone che gira intorno al pozzo",
                },
                "intro": {
                    "fr": "Ona Girdvainė, quatre-vingt-sept ans, raconte comment les chants du village ont survécu aux années de silence.",
                    "en": "Ona Girdvainė, eighty-seven, tells how the village songs survived the years of silence.",
                    "it": "Ona Girdvainė, ottantasette anni, racconta come i canti del villaggio siano sopravvissuti agli anni del silenzio.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "Ma grand-mère disait qu’une sutartinė ne se chante jamais seule, comme on ne tire pas seule l’eau du puits. Il faut une voix qui pousse et une voix qui retient, et entre les deux, la chanson tourne.",
                            "en": "My grandmother used to say that a sutartinė is never sung alone, just as you never draw water from the well alone. You need one voice that pushes and one that holds back, and between the two the song turns.",
                            "it": "Mia nonna diceva che una sutartinė non si canta mai da sola, come non si tira da sola l’acqua dal pozzo. Ci vuole una voce che spinge e una che trattiene, e in mezzo la canzone gira.",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Quand j’étais jeune, on nous a dit que ces chansons étaient des choses de vieilles, d’une campagne arriérée. Alors on a continué à les chanter, mais tout bas, dans les saunas et au bord de l’étang, là où personne n’écoutait.",
                            "en": "When I was young, we were told these songs were old women’s things, from a backward countryside. So we kept singing them, but very quietly, in the saunas and by the pond, where nobody was listening.",
                            "it": "Quando ero giovane ci dicevano che queste canzoni erano roba da vecchie, di una campagna arretrata. Allora abbiamo continuato a cantarle, ma sottovoce, nelle saune e in riva allo stagno, dove nessuno ascoltava.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "fr": "Chanter tout bas pour ne pas oublier",
                            "en": "Singing softly so as not to forget",
                            "it": "Cantare piano per non dimenticare",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Nous étions cinq amies, et chacune savait une partie différente. Si l’une de nous partait, une voix manquait ; alors on se les est apprises les unes aux autres, encore et encore, pendant trente ans.",
                            "en": "There were five of us friends, and each knew a different part. If one of us left, a voice would be missing; so we taught them to each other, again and again, for thirty years.",
                            "it": "Eravamo cinque amiche, e ognuna sapeva una parte diversa. Se una di noi se ne andava, mancava una voce; e allora ce le siamo insegnate a vicenda, ancora e ancora, per trent’anni.",
                        },
                    ),
                    (
                        "image",
                        {
                            "image": "people",
                            "alt_text": {
                                "fr": "Quatre femmes âgées en foulard chantent en cercle dans une grange en bois éclairée par une lampe.",
                                "en": "Four elderly women in headscarves singing in a circle in a wooden barn lit by a lamp.",
                                "it": "Quattro donne anziane con il fazzoletto in testa cantano in cerchio in un fienile di legno illuminato da una lampada.",
                            },
                            "caption": {
                                "fr": "Ona et ses voisines, un samedi soir au grenier des Kalvaitis.",
                                "en": "Ona and her neighbours on a Saturday evening in the Kalvaitis hayloft.",
                                "it": "Ona e le sue vicine, un sabato sera nel fienile dei Kalvaitis.",
                            },
                            "credit": "Jonas Kalvaitis",
                            "licence": "cc-by",
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": {
                                "fr": "Une chanson, c’est une maison : si tout le monde en part, elle tombe. Si quelqu’un y revient, elle tient encore cent ans.",
                                "en": "A song is a house: if everyone leaves it, it falls down. If someone comes back, it stands for another hundred years.",
                                "it": "Una canzone è una casa: se tutti se ne vanno, crolla. Se qualcuno ci torna, regge ancora cent’anni.",
                            },
                            "attribution": "Ona Girdvainė",
                            "role": {
                                "fr": "gardienne des chants de Medžiava",
                                "en": "keeper of the songs of Medžiava",
                                "it": "custode dei canti di Medžiava",
                            },
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Aujourd’hui, des jeunes viennent de la ville pour les apprendre, et des voyageurs qui ne comprennent pas un mot repartent en les fredonnant. Des cinq amies, il ne reste que moi, mais la chanson, elle, a retrouvé toutes ses voix.",
                            "en": "Today young people come from the city to learn them, and travellers who don’t understand a word leave humming them. Of the five friends only I remain, but the song has found all its voices again.",
                            "it": "Oggi i giovani vengono dalla città per impararle, e viaggiatori che non capiscono una parola ripartono canticchiandole. Delle cinque amiche resto solo io, ma la canzone ha ritrovato tutte le sue voci.",
                        },
                    ),
                ],
            },
        ],
    },
    # 7. A cultural café and artists' collective on a Danube quay (with Serbian Cyrillic).
    {
        "key": "novi-brod",
        "title": {
            "fr": "Le Pristan, café du quai de Novi Brod",
            "en": "Pristan, the quayside café of Novi Brod",
            "it": "Il Pristan, caffè del molo di Novi Brod",
            "sr": "Пристан, кафе на кеју у Новом Броду",
        },
        "intro": {
            "fr": "Un café culturel et un collectif d’artistes installés dans un ancien entrepôt à grain, sur le quai du Danube.",
            "en": "A cultural café and artists’ collective housed in a former grain warehouse on the Danube quay.",
            "it": "Un caffè culturale e un collettivo di artisti in un ex magazzino del grano, sul molo del Danubio.",
            "sr": "Културни кафе и уметнички колектив у некадашњем магацину жита, на дунавском кеју.",
        },
        "body": [
            (
                "heading",
                {
                    "fr": "Un entrepôt au bord du fleuve",
                    "en": "A warehouse on the riverbank",
                    "it": "Un magazzino sulla riva del fiume",
                    "sr": "Магацин на обали реке",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Le Pristan occupe le vieil entrepôt de briques rouges où l’on chargeait le blé sur les péniches. Aujourd’hui, on y boit du café turc et de la limonade au sureau, on y lit les journaux de la veille et, le soir, on y écoute des musiciens venus des deux rives.",
                    "en": "Pristan occupies the old red-brick warehouse where wheat used to be loaded onto barges. Today people drink Turkish coffee and elderflower lemonade there, read yesterday’s papers and, in the evening, listen to musicians from both banks.",
                    "it": "Il Pristan occupa il vecchio magazzino di mattoni rossi dove si caricava il grano sulle chiatte. Oggi ci si beve il caffè turco e la limonata al sambuco, si leggono i giornali del giorno prima e la sera si ascoltano musicisti venuti dalle due rive.",
                    "sr": "Пристан се налази у старом магацину од црвене цигле у коме се некада пшеница товарила на шлепове. Данас се ту пије турска кафа и лимунада од зове, читају се јучерашње новине, а увече се слушају музичари са обе обале.",
                },
            ),
            (
                "image",
                {
                    "image": "hero",
                    "alt_text": {
                        "fr": "Un entrepôt de briques rouges avec une terrasse de café au bord d’un large fleuve, à la tombée du jour.",
                        "en": "A red-brick warehouse with a café terrace on the bank of a wide river, at dusk.",
                        "it": "Un magazzino di mattoni rossi con la terrazza di un caffè sulla riva di un grande fiume, al calar del giorno.",
                        "sr": "Магацин од црвене цигле са баштом кафеа на обали широке реке, у сумрак.",
                    },
                    "caption": {
                        "fr": "Le Pristan et le quai de Novi Brod, un soir de juin.",
                        "en": "Pristan and the Novi Brod quay on a June evening.",
                        "it": "Il Pristan e il molo di Novi Brod, una sera di giugno.",
                        "sr": "Пристан и кеј Новог Брода, једне јунске вечери.",
                    },
                    "credit": "Jelena Marković",
                    "licence": "cc-by-sa",
                },
            ),
            (
                "heading",
                {
                    "fr": "Un collectif de voisins et d’artistes",
                    "en": "A collective of neighbours and artists",
                    "it": "Un collettivo di vicini e di artisti",
                    "sr": "Колектив комшија и уметника",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Nous sommes une vingtaine : des peintres, un couple de potiers, une traductrice, deux anciens mariniers et Milica, qui fait le meilleur burek du quai. Les décisions se prennent une fois par mois, autour de la grande table, et tout le monde a droit à la parole, même les chats.",
                    "en": "There are about twenty of us: painters, a couple of potters, a translator, two retired boatmen and Milica, who makes the best burek on the quay. Decisions are taken once a month around the big table, and everyone gets a say, even the cats.",
                    "it": "Siamo una ventina: pittori, una coppia di vasai, una traduttrice, due ex barcaioli e Milica, che fa il burek più buono del molo. Le decisioni si prendono una volta al mese, attorno al grande tavolo, e tutti hanno diritto di parola, anche i gatti.",
                    "sr": "Има нас двадесетак: сликари, пар грнчара, једна преводитељка, два бивша лађара и Милица, која прави најбољи бурек на кеју. Одлуке доносимо једном месечно, за великим столом, и свако има право да каже своје, чак и мачке.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "fr": "Le fleuve a toujours amené des étrangers à Novi Brod. Nous, on leur sert le café et on leur demande d’où ils viennent.",
                        "en": "The river has always brought strangers to Novi Brod. We serve them coffee and ask them where they come from.",
                        "it": "Il fiume ha sempre portato forestieri a Novi Brod. Noi gli serviamo il caffè e gli chiediamo da dove vengono.",
                        "sr": "Река је одувек доводила странце у Нови Брод. Ми им служимо кафу и питамо их одакле долазе.",
                    },
                    "attribution": "Milica Stanković",
                    "role": {
                        "fr": "cofondatrice du Pristan",
                        "en": "co-founder of Pristan",
                        "it": "cofondatrice del Pristan",
                        "sr": "суоснивачица Пристана",
                    },
                },
            ),
        ],
        "kind": "urban",
        "locality": {"fr": "Novi Brod", "en": "Novi Brod", "it": "Novi Brod", "sr": "Нови Брод"},
        "country": "RS",
        "latitude": 44.6712,
        "longitude": 21.0448,
        "contact_email": "zdravo@novi-brod.example",
        "extra_languages": ["sr"],
        "offers": [
            {
                "title": {
                    "fr": "Les jeudis du ponton",
                    "en": "Thursdays on the pontoon",
                    "it": "I giovedì del pontile",
                    "sr": "Четвртком на понтону",
                },
                "intro": {
                    "fr": "Chaque jeudi de mai à septembre, un concert sur le ponton flottant devant le café.",
                    "en": "Every Thursday from May to September, a concert on the floating pontoon in front of the café.",
                    "it": "Ogni giovedì da maggio a settembre, un concerto sul pontile galleggiante davanti al caffè.",
                    "sr": "Сваког четвртка од маја до септембра, концерт на плутајућем понтону испред кафеа.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "On y entend de tout : des fanfares de cuivres, du jazz, des chansons de mariniers, une chorale d’enfants, parfois un violoncelliste égaré. Le ponton bouge un peu quand tout le monde danse, et c’est ce qui fait son charme.",
                            "en": "You can hear anything there: brass bands, jazz, boatmen’s songs, a children’s choir, sometimes a lost cellist. The pontoon sways a little when everyone dances, and that is part of its charm.",
                            "it": "Ci si sente di tutto: fanfare di ottoni, jazz, canzoni di barcaioli, un coro di bambini, a volte un violoncellista smarrito. Il pontile ondeggia un po’ quando tutti ballano, ed è questo il suo fascino.",
                            "sr": "Ту се може чути свашта: трубачки оркестри, џез, лађарске песме, дечји хор, понекад и неки залутали виолончелиста. Понтон се мало љуља кад сви играју, и баш у томе је његова чар.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "fr": "Le chapeau pour les musiciens",
                            "en": "The hat for the musicians",
                            "it": "Il cappello per i musicisti",
                            "sr": "Шешир за музичаре",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Il n’y a pas de billet : le chapeau circule à l’entracte, et tout ce qu’il contient va aux musiciens. Les voyageurs qui jouent d’un instrument peuvent s’inscrire pour la scène ouverte de fin de soirée.",
                            "en": "There are no tickets: the hat goes round at the interval, and everything in it goes to the musicians. Travellers who play an instrument can sign up for the open stage at the end of the evening.",
                            "it": "Non c’è biglietto: il cappello gira durante l’intervallo e tutto quello che contiene va ai musicisti. I viaggiatori che suonano uno strumento possono iscriversi alla scena aperta di fine serata.",
                            "sr": "Нема улазница: шешир кружи на паузи, а све што се у њему нађе иде музичарима. Путници који свирају неки инструмент могу да се пријаве за отворену сцену на крају вечери.",
                        },
                    ),
                ],
                "offer_type": "event",
                "price": {"kind": "pay_what_you_can", "amount": "5"},
                "price_note": {
                    "fr": "Montant conseillé : 5 € ou 600 dinars, glissés dans le chapeau.",
                    "en": "Suggested amount: €5 or 600 dinars, dropped into the hat.",
                    "it": "Importo consigliato: 5 € o 600 dinari, da lasciare nel cappello.",
                    "sr": "Препоручени износ је 5 евра или 600 динара, у шешир.",
                },
            },
            {
                "title": {
                    "fr": "Une table à l’atelier de l’ancienne capitainerie",
                    "en": "A table in the old harbour office studio",
                    "it": "Un tavolo nell’atelier della vecchia capitaneria",
                    "sr": "Сто у атељеу старе капетаније",
                },
                "intro": {
                    "fr": "Un atelier lumineux à l’étage de la capitainerie désaffectée, pour peindre, écrire ou travailler quelques jours face au fleuve.",
                    "en": "A bright studio upstairs in the disused harbour office, for painting, writing or working for a few days facing the river.",
                    "it": "Un atelier luminoso al piano superiore della capitaneria in disuso, per dipingere, scrivere o lavorare qualche giorno davanti al fiume.",
                    "sr": "Светао атеље на спрату напуштене капетаније, за сликање, писање или неколико дана рада са погледом на реку.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "Six grandes tables, des chevalets, une bonne connexion et des fenêtres qui donnent sur les péniches. On y croise des illustratrices, un écrivain qui traduit des poèmes roumains et des étudiants en architecture qui dessinent le quai.",
                            "en": "Six big tables, easels, a good connection and windows looking out onto the barges. You will meet illustrators there, a writer who translates Romanian poems and architecture students drawing the quay.",
                            "it": "Sei grandi tavoli, cavalletti, una buona connessione e finestre che danno sulle chiatte. Ci si incontrano illustratrici, uno scrittore che traduce poesie rumene e studenti di architettura che disegnano il molo.",
                            "sr": "Шест великих столова, штафелаји, добар интернет и прозори који гледају на шлепове. Ту ћете срести илустраторке, једног писца који преводи румунску поезију и студенте архитектуре који цртају кеј.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "fr": "Pour un jour ou pour un mois",
                            "en": "For a day or for a month",
                            "it": "Per un giorno o per un mese",
                            "sr": "На дан или на месец",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Vous pouvez venir le temps d’une journée comme d’un mois entier. Ceux qui restent une semaine ou plus sont invités à montrer leur travail au café, lors d’une petite exposition ou d’une lecture.",
                            "en": "You can come for a single day or a whole month. Those who stay a week or more are invited to show their work at the café, in a small exhibition or a reading.",
                            "it": "Potete venire per una sola giornata come per un mese intero. Chi resta una settimana o più è invitato a mostrare il suo lavoro al caffè, con una piccola mostra o una lettura.",
                            "sr": "Можете доћи на један дан или на цео месец. Они који остану недељу дана или дуже позвани су да свој рад покажу у кафеу, на малој изложби или читању.",
                        },
                    ),
                ],
                "offer_type": "workspace",
                "price": {"kind": "range", "amount": "5", "max": "12"},
                "price_note": {
                    "fr": "Par jour, selon la durée ; café à volonté compris.",
                    "en": "Per day, depending on length of stay; unlimited coffee included.",
                    "it": "Al giorno, secondo la durata; caffè a volontà compreso.",
                    "sr": "По дану, у зависности од трајања; кафа по вољи урачуната.",
                },
            },
            {
                "title": {
                    "fr": "Venir par le fleuve",
                    "en": "Coming by river",
                    "it": "Arrivare dal fiume",
                    "sr": "Долазак реком",
                },
                "intro": {
                    "fr": "Bateaux, bac et vélo : nos conseils pour arriver à Novi Brod sans voiture.",
                    "en": "Boats, ferry and bicycle: our tips for reaching Novi Brod without a car.",
                    "it": "Battelli, traghetto e bicicletta: i nostri consigli per arrivare a Novi Brod senza auto.",
                    "sr": "Бродови, скела и бицикл: наши савети како да стигнете у Нови Брод без аутомобила.",
                },
                "body": [
                    (
                        "heading",
                        {
                            "fr": "Le bac de l’autre rive",
                            "en": "The ferry from the far bank",
                            "it": "Il traghetto dall’altra riva",
                            "sr": "Скела са друге обале",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Le vieux bac de Stevan traverse le Danube toutes les heures, de six heures à vingt heures, et prend les vélos sans supplément. Si vous venez par la piste cyclable du fleuve, c’est de loin le plus beau chemin pour arriver au quai.",
                            "en": "Stevan’s old ferry crosses the Danube every hour, from six in the morning to eight in the evening, and takes bikes at no extra charge. If you come along the riverside cycle route, it is by far the most beautiful way to reach the quay.",
                            "it": "Il vecchio traghetto di Stevan attraversa il Danubio ogni ora, dalle sei alle venti, e prende le bici senza supplemento. Se arrivate dalla ciclabile del fiume, è di gran lunga la strada più bella per arrivare al molo.",
                            "sr": "Стеванова стара скела прелази Дунав сваког сата, од шест ујутру до осам увече, и превози бицикле без доплате. Ако долазите бициклистичком стазом уз реку, то је далеко најлепши начин да стигнете до кеја.",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "L’été, un bateau de passagers s’arrête au ponton du Pristan deux fois par semaine ; les horaires sont affichés au café et changent avec le niveau de l’eau. Écrivez-nous avant de partir, nous vous dirons si le fleuve est d’humeur.",
                            "en": "In summer a passenger boat stops at Pristan’s pontoon twice a week; the timetable is posted at the café and changes with the water level. Write to us before you set off and we will tell you whether the river is in a good mood.",
                            "it": "D’estate un battello passeggeri si ferma al pontile del Pristan due volte alla settimana; gli orari sono affissi al caffè e cambiano con il livello dell’acqua. Scriveteci prima di partire, vi diremo se il fiume è di buon umore.",
                            "sr": "Лети путнички брод пристаје уз понтон Пристана два пута недељно; ред вожње је истакнут у кафеу и мења се са водостајем. Пишите нам пре поласка, рећи ћемо вам да ли је река добро расположена.",
                        },
                    ),
                ],
                "offer_type": "tip",
                "price": {"kind": "free"},
                "price_note": "",
            },
        ],
        "stories": [
            {
                "title": {
                    "fr": "L’histoire du quai",
                    "en": "The story of the quay",
                    "it": "La storia del molo",
                    "sr": "Прича о кеју",
                },
                "intro": {
                    "fr": "Dragan Ilić, ancien marinier, raconte le quai de Novi Brod, des péniches de blé aux concerts du jeudi.",
                    "en": "Dragan Ilić, a retired boatman, tells the story of the Novi Brod quay, from the grain barges to the Thursday concerts.",
                    "it": "Dragan Ilić, ex barcaiolo, racconta il molo di Novi Brod, dalle chiatte del grano ai concerti del giovedì.",
                    "sr": "Драган Илић, бивши лађар, прича о кеју Новог Брода, од шлепова са житом до концерата четвртком.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "fr": "Quand j’avais quinze ans, le quai était plein du matin au soir. Les charrettes apportaient le blé de la plaine, les dockers le chargeaient à dos d’homme sur les péniches, et nous, les gamins, on plongeait depuis les bittes d’amarrage.",
                            "en": "When I was fifteen, the quay was busy from morning to night. Carts brought wheat from the plain, the dockers carried it onto the barges on their backs, and we kids dived off the mooring bollards.",
                            "it": "Quando avevo quindici anni, il molo era pieno dalla mattina alla sera. I carri portavano il grano dalla pianura, gli scaricatori lo caricavano a spalla sulle chiatte e noi ragazzini ci tuffavamo dalle bitte d’ormeggio.",
                            "sr": "Кад сам имао петнаест година, кеј је био пун од јутра до мрака. Запреге су довозиле жито из равнице, лучки радници су га на леђима уносили на шлепове, а ми деца скакали смо у воду са битви.",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "J’ai navigué trente ans, jusqu’à la mer Noire et retour. À chaque retour, je trouvais le quai un peu plus vide : l’entrepôt a fermé, les grues ont rouillé, et l’herbe a poussé entre les pavés.",
                            "en": "I sailed for thirty years, down to the Black Sea and back. Each time I came home, I found the quay a little emptier: the warehouse closed, the cranes rusted and grass grew between the cobbles.",
                            "it": "Ho navigato per trent’anni, fino al Mar Nero e ritorno. A ogni ritorno trovavo il molo un po’ più vuoto: il magazzino ha chiuso, le gru si sono arrugginite e l’erba è cresciuta tra i sampietrini.",
                            "sr": "Пловио сам тридесет година, до Црног мора и назад. Сваки пут кад бих се вратио, кеј је био све празнији: магацин се затворио, дизалице су зарђале, а између камења калдрме никла је трава.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "fr": "L’année de la grande crue",
                            "en": "The year of the great flood",
                            "it": "L’anno della grande piena",
                            "sr": "Година велике поплаве",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Au printemps de la grande crue, l’eau est montée jusqu’aux fenêtres de l’entrepôt. Toute la ville est venue remplir des sacs de sable, et c’est là, trempés jusqu’aux os, que Milica et ses amis ont eu l’idée d’en faire un café.",
                            "en": "In the spring of the great flood, the water rose up to the warehouse windows. The whole town came to fill sandbags, and it was there, soaked to the bone, that Milica and her friends had the idea of turning it into a café.",
                            "it": "Nella primavera della grande piena, l’acqua è salita fino alle finestre del magazzino. Tutta la città è venuta a riempire sacchi di sabbia, ed è lì, bagnati fino alle ossa, che Milica e i suoi amici hanno avuto l’idea di farne un caffè.",
                            "sr": "У пролеће велике поплаве вода се попела до прозора магацина. Цео град је дошао да пуни џакове песком, и ту су, мокри до коже, Милица и њени пријатељи дошли на идеју да од њега направе кафе.",
                        },
                    ),
                    (
                        "image",
                        {
                            "image": "detail",
                            "alt_text": {
                                "fr": "Un vieil homme en casquette de marin, assis sur une bitte d’amarrage rouillée, regarde le fleuve.",
                                "en": "An old man in a sailor’s cap, sitting on a rusty mooring bollard, looking at the river.",
                                "it": "Un anziano con un berretto da marinaio, seduto su una bitta arrugginita, guarda il fiume.",
                                "sr": "Старац у морнарској капи седи на зарђалој битви и гледа реку.",
                            },
                            "caption": {
                                "fr": "Dragan à sa place habituelle, au bout du quai, à l’heure du café.",
                                "en": "Dragan in his usual spot at the end of the quay, at coffee time.",
                                "it": "Dragan al suo solito posto, in fondo al molo, all’ora del caffè.",
                                "sr": "Драган на свом уобичајеном месту, на крају кеја, у време кафе.",
                            },
                            "credit": "Stevan Petrović",
                            "licence": "cc0",
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": {
                                "fr": "Un quai, c’est fait pour qu’on arrive et qu’on reparte. Quand plus personne n’y passe, il meurt ; nous, on l’a remis en service.",
                                "en": "A quay is made for arriving and leaving again. When nobody passes through any more, it dies; we put it back into service.",
                                "it": "Un molo è fatto per arrivare e ripartire. Quando non ci passa più nessuno, muore; noi l’abbiamo rimesso in servizio.",
                                "sr": "Кеј је направљен да се на њега стиже и са њега полази. Кад туда више нико не пролази, он умире; ми смо га поново вратили у живот.",
                            },
                            "attribution": "Dragan Ilić",
                            "role": {
                                "fr": "ancien marinier du Danube",
                                "en": "retired Danube boatman",
                                "it": "ex barcaiolo del Danubio",
                                "sr": "бивши дунавски лађар",
                            },
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "fr": "Maintenant, je viens tous les matins boire mon café au Pristan. Je raconte la mer Noire aux voyageurs, ils me racontent leurs pays, et le jeudi soir, quand le ponton se met à danser, j’ai de nouveau quinze ans.",
                            "en": "Now I come every morning to drink my coffee at Pristan. I tell travellers about the Black Sea, they tell me about their countries, and on Thursday evenings, when the pontoon starts to dance, I am fifteen again.",
                            "it": "Adesso vengo ogni mattina a bere il caffè al Pristan. Racconto il Mar Nero ai viaggiatori, loro mi raccontano i loro paesi, e il giovedì sera, quando il pontile si mette a ballare, ho di nuovo quindici anni.",
                            "sr": "Сада свако јутро долазим у Пристан на кафу. Путницима причам о Црном мору, они мени о својим земљама, а четвртком увече, кад понтон почне да игра, поново имам петнаест година.",
                        },
                    ),
                ],
            },
        ],
    },
]
