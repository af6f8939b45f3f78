/**
 * Built-in foods, protein sources. Per 100 g edible portion, as eaten (cooked where the name says
 * so): energy kcal | protein g | carbohydrate g (by difference) | fat g | fibre g | typical portion g |
 * portion label | rough price (US cents per 100 g, 2024 retail, an estimate) | allergens | flags.
 * Composition values are rounded from USDA FoodData Central, SR Legacy (U.S. Department of
 * Agriculture, Agricultural Research Service, 2018; fdc.nal.usda.gov); rows flagged `label` follow
 * typical manufacturers' labels instead. Facts, re-typed by the Spotter team.
 */
export const PROTEIN_FOODS = `
#meat
Beef, ground 90% lean, pan-browned|217|26.1|0|11.8|0|100|100 g cooked|150||
Beef, ground 80% lean, pan-browned|272|25.9|0|17.9|0|100|100 g cooked|120||
Beef, sirloin steak, grilled|206|29.8|0|8.8|0|150|1 steak|250||
Beef, tenderloin, roasted|227|29.6|0|11.2|0|150|1 steak|450||
Beef, rump roast, roasted|190|29.7|0|7|0|120|3 slices|200||
Beef, chuck, braised|254|30.9|0|13.6|0|120|1 serving|180||
Beef, flank steak, broiled|192|27.7|0|8.2|0|150|1 serving|260||
Beef liver, pan-fried|175|26.5|5.2|4.7|0|100|1 slice|90||
Roast beef, deli slices|115|18.6|0.6|3.7|0|60|4 slices|220||
Corned beef, cooked|251|18.2|0.5|19|0|85|3 slices|200||
Beef hot dog|314|11.7|2.9|28|0|50|1 frank|130||
Pork loin, roasted|209|27.3|0|10.5|0|120|1 serving|130||pork
Pork tenderloin, roasted|143|26.2|0|3.5|0|120|1 serving|150||pork
Pork chop, broiled|231|27.6|0|12.6|0|150|1 chop|120||pork
Bacon, pan-fried|541|37|1.4|42|0|24|3 slices|220||pork
Ham, deli slices|145|20.9|1.5|5.5|0|50|3 slices|180||pork
Pork sausage, cooked|325|18.5|1.4|27|0|75|2 links|140||pork
Salami, dry|336|21.9|1.2|26.2|0|30|5 slices|300||pork
Pepperoni|504|19.3|1.2|46|0|20|10 slices|300||pork
Chorizo|455|24.1|1.9|38.3|0|50|1 serving|250||pork
Lamb leg, roasted|258|25.6|0|16.5|0|120|1 serving|300||
Lamb chop, broiled|282|25.5|0|19.3|0|120|2 chops|350||
Lamb, ground, broiled|283|24.8|0|19.7|0|100|100 g cooked|250||
Veal leg, roasted|160|28|0|4.7|0|120|1 serving|400||
Venison, roasted|158|30.2|0|3.2|0|120|1 serving|450||
Bison, ground, broiled|179|25.5|0|8.6|0|100|100 g cooked|350||
Goat, roasted|143|27.1|0|3|0|120|1 serving|300||
Rabbit, roasted|197|29.1|0|8.1|0|120|1 serving|400||
#poultry
Chicken breast, roasted, skinless|165|31|0|3.6|0|150|1 breast|180||
Chicken thigh, roasted, skinless|209|26|0|10.9|0|120|2 thighs|130||
Chicken drumstick, roasted, skinless|172|28.3|0|5.7|0|120|2 drumsticks|110||
Chicken wings, roasted|254|23.8|0|16.9|0|100|4 wings|150||
Chicken, ground, pan-browned|189|23.3|0|10.9|0|100|100 g cooked|150||
Rotisserie chicken, meat and skin|223|24.6|0|13.4|0|120|1 serving|150||
Chicken liver, simmered|167|24.5|0.9|6.5|0|100|1 serving|80||
Chicken sausage, cooked|172|17|3|10|0|75|1 link|200||label
Turkey breast, roasted|147|30.1|0|2.1|0|120|1 serving|200||
Turkey, ground 93% lean, cooked|176|23.8|0|9.1|0|100|100 g cooked|160||
Turkey breast, deli slices|104|17.1|3.5|1.7|0|60|4 slices|200||
Turkey bacon, cooked|382|29.6|4.2|27.9|0|30|2 slices|250||
Duck, roasted, meat only|201|23.5|0|11.2|0|120|1 serving|350||
#fish
Salmon, Atlantic, farmed, baked|206|22.1|0|12.4|0|150|1 fillet|300|fish|
Salmon, wild, baked|182|25.4|0|8.1|0|150|1 fillet|450|fish|
Salmon, canned, drained|167|23.1|0|7.3|0|100|1 can|200|fish|
Smoked salmon|117|18.3|0|4.3|0|50|3 slices|600|fish|
Tuna, canned in water, drained|116|25.5|0|0.8|0|100|1 can|150|fish|
Tuna, canned in oil, drained|198|29.1|0|8.2|0|100|1 can|170|fish|
Tuna steak, yellowfin, cooked|130|29.2|0|0.6|0|150|1 steak|450|fish|
Cod, Atlantic, baked|105|22.8|0|0.9|0|150|1 fillet|300|fish|
Haddock, baked|90|20|0|0.6|0|150|1 fillet|280|fish|
Pollock, baked|118|24.9|0|1.2|0|150|1 fillet|200|fish|
Tilapia, baked|128|26.2|0|2.7|0|150|1 fillet|180|fish|
Trout, rainbow, farmed, baked|168|23.8|0|7.4|0|150|1 fillet|330|fish|
Mackerel, Atlantic, baked|262|23.9|0|17.8|0|100|1 fillet|220|fish|
Sardines, canned in oil, drained|208|24.6|0|11.5|0|90|1 can|200|fish|
Herring, pickled|262|14.2|9.6|18|0|50|1 serving|250|fish,mustard|
Anchovies, canned in oil|210|28.9|0|9.7|0|15|4 fillets|600|fish|
Halibut, baked|111|22.5|0|1.6|0|150|1 fillet|600|fish|
Sea bass, baked|124|23.6|0|2.6|0|150|1 fillet|500|fish|
Catfish, farmed, baked|144|18.4|0|7.6|0|150|1 fillet|250|fish|not_kosher
Swordfish, baked|172|23.5|0|7.9|0|150|1 steak|500|fish|not_kosher
Fish sticks, oven-baked|277|11|21.9|16.3|1.4|100|4 sticks|150|fish,gluten|frozen
#seafood
Shrimp, cooked|99|24|0.2|0.3|0|100|1 serving|350|crustaceans|
Crab, blue, cooked|83|17.9|0|0.7|0|100|1 serving|700|crustaceans|
Lobster, cooked|89|19|0|0.9|0|100|1 serving|1200|crustaceans|
Scallops, steamed|111|20.5|5.4|0.8|0|100|1 serving|800|molluscs|
Mussels, steamed|172|23.8|7.4|4.5|0|100|1 serving|250|molluscs|
Clams, cooked|148|25.6|5.1|2|0|100|1 serving|400|molluscs|
Oysters, raw|68|7|3.9|2.5|0|100|6 oysters|600|molluscs|
Squid, raw|92|15.6|3.1|1.4|0|100|1 serving|300|molluscs|
Octopus, cooked|164|29.8|4.4|2.1|0|100|1 serving|500|molluscs|
#egg
Egg, whole, hard-boiled|155|12.6|1.1|10.6|0|100|2 eggs|60|eggs|
Egg, scrambled with milk|149|10|1.6|11|0|120|2 eggs|65|eggs,milk|
Egg, fried|196|13.6|0.8|14.8|0|92|2 eggs|65|eggs|
Egg whites, liquid|52|10.9|0.7|0.2|0|100|100 ml|90|eggs|
#dairy
Milk, whole|61|3.2|4.8|3.3|0|250|1 glass|20|milk|
Milk, 2% fat|50|3.3|4.8|2|0|250|1 glass|20|milk|
Milk, skim|34|3.4|5|0.1|0|250|1 glass|20|milk|
Milk, lactose-free, 2% fat|50|3.3|4.8|2|0|250|1 glass|30|milk|lactose_free
Chocolate milk, low-fat|62|3.5|10.4|1|0.5|250|1 glass|35|milk|
Kefir, low-fat, plain|41|3.8|4.5|1|0|250|1 glass|60|milk|
Greek yogurt, plain, nonfat|59|10.2|3.6|0.4|0|170|1 pot|70|milk|
Greek yogurt, plain, whole milk|97|9|4|5|0|170|1 pot|75|milk|
Yogurt, plain, low-fat|63|5.3|7|1.6|0|170|1 pot|45|milk|
Yogurt, fruit, low-fat|99|4|18.6|1.1|0|150|1 pot|50|milk|
Skyr, plain|63|11|4|0.2|0|150|1 pot|90|milk|label
Quark, low-fat|67|12|4|0.2|0|150|1 serving|70|milk|label
Cottage cheese, 2% fat|81|10.5|4.8|2.3|0|150|1 serving|60|milk|
Cottage cheese, 4% fat|98|11.1|3.4|4.3|0|150|1 serving|60|milk|
Whey protein powder|380|78|8|5|0|30|1 scoop|250|milk|label
#cheese
Cheddar cheese|403|24.9|1.3|33.1|0|30|1 slice|130|milk|
Mozzarella, part-skim|254|24.3|2.8|15.9|0|30|1 serving|120|milk|
Mozzarella, fresh, whole milk|300|22.2|2.2|22.4|0|50|1 serving|180|milk|
Parmesan, grated|431|38.5|4.1|28.6|0|10|1 tbsp|250|milk|
Feta cheese|264|14.2|4.1|21.3|0|30|1 serving|150|milk|
Swiss cheese|380|26.9|5.4|27.8|0|30|1 slice|180|milk|
Goat cheese, soft|264|18.5|0.9|21.1|0|30|1 serving|250|milk|
Brie|334|20.8|0.5|27.7|0|30|1 serving|250|milk|
Gouda|356|24.9|2.2|27.4|0|30|1 slice|200|milk|
Ricotta, part-skim|138|11.4|5.1|7.9|0|60|1/4 cup|90|milk|
#plant_protein
Tofu, firm|144|17.3|2.8|8.7|2.3|150|1/2 block|80|soy|
Tofu, silken, soft|55|4.8|2.9|2.7|0.1|150|1/2 block|80|soy|
Tempeh|192|20.3|7.6|10.8|0|100|1 serving|150|soy|
Seitan, prepared|141|25|5.7|1.9|0.6|100|1 serving|200|gluten|label
Edamame, frozen, prepared|121|11.9|8.9|5.2|5.2|150|1 cup|80|soy|frozen
Textured soy protein, dry|330|47|38|1.2|17.5|30|1/3 cup|100|soy|
Veggie burger, soy-based|177|15.7|14.3|6.3|4.9|70|1 patty|200|soy,gluten|frozen
Soy yogurt, plain|66|3.5|7.7|2.2|0.6|150|1 pot|70|soy|label
Falafel|333|13.3|31.8|17.8|0|100|4 pieces|150||
Mycoprotein pieces|105|14|4.5|2.6|5.5|100|1 serving|220|eggs|label,frozen
`;
