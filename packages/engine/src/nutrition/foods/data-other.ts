/**
 * Built-in foods: nuts and seeds, fats and oils, snacks, condiments and drinks. Same columns and
 * source as data-protein.ts (USDA FoodData Central SR Legacy, 2018; rounded; `label` rows follow
 * typical labels). Condiments and drinks are in the table for intake logging, not in meal plans.
 */
export const OTHER_FOODS = `
#nut_seed
Almonds|579|21.2|21.6|49.9|12.5|30|1 handful|180|tree_nuts|
Walnuts|654|15.2|13.7|65.2|6.7|30|1 handful|200|tree_nuts|
Cashews|553|18.2|30.2|43.9|3.3|30|1 handful|220|tree_nuts|
Pistachios, shelled|560|20.2|27.2|45.3|10.6|30|1 handful|300|tree_nuts|
Pecans|691|9.2|13.9|72|9.6|30|1 handful|300|tree_nuts|
Hazelnuts|628|15|16.7|60.8|9.7|30|1 handful|250|tree_nuts|
Brazil nuts|659|14.3|11.7|67.1|7.5|15|3 nuts|250|tree_nuts|
Macadamia nuts|718|7.9|13.8|75.8|8.6|30|1 handful|400|tree_nuts|
Peanuts, dry-roasted|585|24.4|21.3|49.7|8|30|1 handful|80|peanuts|
Peanut butter, smooth|588|25.1|19.6|50.4|6|32|2 tbsp|70|peanuts|
Almond butter|614|21|18.8|55.5|10.3|32|2 tbsp|250|tree_nuts|
Sunflower seeds, dry-roasted|582|19.3|24.1|49.8|11.1|30|3 tbsp|90||
Pumpkin seeds, roasted|574|29.8|14.7|49|6.5|30|3 tbsp|180||
Chia seeds|486|16.5|42.1|30.7|34.4|15|1 tbsp|150||
Flaxseed, ground|534|18.3|28.9|42.2|27.3|10|1 tbsp|80||
Sesame seeds|573|17.7|23.5|49.7|11.8|10|1 tbsp|120|sesame|
Tahini|595|17|21.2|53.8|9.3|15|1 tbsp|130|sesame|
Hemp seeds, hulled|553|31.6|8.7|48.8|4|30|3 tbsp|300||
Coconut, desiccated, unsweetened|660|6.9|23.7|64.5|16.3|15|2 tbsp|120||
#fat_oil
Olive oil|884|0|0|100|0|10|2 tsp|90||
Canola oil|884|0|0|100|0|10|2 tsp|40||
Sunflower oil|884|0|0|100|0|10|2 tsp|40||
Coconut oil|892|0|0|99.1|0|10|2 tsp|120||
Sesame oil|884|0|0|100|0|5|1 tsp|150|sesame|
Butter|717|0.9|0.1|81.1|0|10|2 tsp|110|milk|
Ghee|876|0.3|0|99.5|0|10|2 tsp|200|milk|
Olives, green|145|1|3.8|15.3|3.3|30|6 olives|110||
#snack
Hummus|166|7.9|14.3|9.6|6|60|4 tbsp|90|sesame|
Rice cakes, plain|387|8.2|81.5|2.8|4.2|20|2 cakes|120||
Popcorn, air-popped|387|12.9|77.8|4.5|14.5|25|3 cups|70||
Dark chocolate, 70-85% cocoa|598|7.8|45.9|42.6|10.9|20|2 squares|200|soy|
Milk chocolate|535|7.7|59.4|29.7|3.4|20|2 squares|150|milk,soy|
Potato chips|536|7|53|35|4.8|30|1 small bag|120||
Tortilla chips|489|7|65|23|5|30|1 handful|90||
Pretzels, hard|380|10.3|79.8|2.9|3|30|1 handful|90|gluten|
Granola bar, oats and honey|471|10.1|64.4|19.8|5.3|42|1 bar|150|gluten|
Protein bar, whey-based|360|33|38|11|6|60|1 bar|350|milk,soy|label
Saltine crackers|418|9.5|73.5|8.6|2.8|30|8 crackers|70|gluten|
Whole-wheat crackers|441|10.6|68.6|14.1|10.3|30|7 crackers|80|gluten|
Beef jerky|410|33.2|11|25.6|1.8|30|1 bag|600||meat
Trail mix|462|13.8|44.9|29.4|5|40|1/4 cup|150|peanuts,tree_nuts|
Ice cream, vanilla|207|3.5|23.6|11|0.7|70|1/2 cup|70|milk,eggs|
#condiment
Garlic|149|6.4|33.1|0.5|2.1|6|2 cloves|80||
Heavy cream|340|2.8|2.8|36|0|15|1 tbsp|60|milk|
Sour cream|198|2.4|4.6|19.4|0|30|2 tbsp|50|milk|
Cream cheese|342|5.9|4.1|34.2|0|30|2 tbsp|80|milk|
Mayonnaise|680|1|0.6|74.9|0|15|1 tbsp|60|eggs|
Honey|304|0.3|82.4|0|0.2|21|1 tbsp|120||not_vegan
Jam|278|0.4|68.9|0.1|1.1|20|1 tbsp|70||
Maple syrup|260|0|67|0.1|0|20|1 tbsp|200||
Sugar|387|0|100|0|0|5|1 tsp|15||
Ketchup|101|1|27.4|0.1|0.3|15|1 tbsp|40||
Mustard, yellow|60|3.7|5.8|3.3|4|10|2 tsp|50|mustard|
Soy sauce|53|8.1|4.9|0.6|0.8|15|1 tbsp|60|soy,gluten|
Balsamic vinegar|88|0.5|17|0|0|15|1 tbsp|120|sulphites|
Salsa|36|1.5|6.6|0.2|1.9|50|1/4 cup|60||
Pasta sauce, marinara|50|1.4|8|1.5|1.8|125|1/2 cup|40||
Pickles, dill|12|0.5|2.4|0.2|1|30|1 pickle|50||
#beverage
Soy milk, unsweetened|33|2.9|1.7|1.6|0.4|250|1 glass|30|soy|
Almond milk, unsweetened|15|0.6|0.6|1.1|0.2|250|1 glass|35|tree_nuts|
Oat milk|46|1|6.7|1.5|0.8|250|1 glass|40|gluten|label
Orange juice|45|0.7|10.4|0.2|0.2|250|1 glass|25||
Apple juice|46|0.1|11.3|0.1|0.2|250|1 glass|20||
Coffee, brewed|1|0.1|0|0|0|250|1 mug|10||
Tea, brewed|1|0|0.3|0|0|250|1 mug|5||
Sports drink|26|0|6.4|0|0|500|1 bottle|15||
Beer, regular|43|0.5|3.6|0|0|355|1 can|40|gluten|alcohol
Red wine|85|0.1|2.6|0|0|150|1 glass|100|sulphites|alcohol
`;
