package dev.quarry.bench.narrow;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.cursor.Cursor;
import java.util.List;

/**
 * The narrow-row statements as a MyBatis annotated mapper, the form MyBatis's guide shows for a mapper without XML.
 * The records are built through their canonical constructors ({@link ConstructorArgs}), as records must be. The SQL
 * is the text every other library sends.
 */
public interface NarrowMyBatisMapper {

    @Insert("INSERT INTO users_insert (id, name, email, age, created_at)"
            + " VALUES (#{id}, #{name}, #{email}, #{age}, #{createdAt})")
    void insert(User user);

    @Select("SELECT id, name, email, age, created_at FROM users WHERE id = #{id}")
    @ConstructorArgs({@Arg(column = "id", javaType = int.class), @Arg(column = "name", javaType = String.class),
            @Arg(column = "email", javaType = String.class), @Arg(column = "age", javaType = int.class),
            @Arg(column = "created_at", javaType = long.class)})
    User find(@Param("id") int id);

    @Select("SELECT id, name, email, age, created_at FROM users")
    @ConstructorArgs({@Arg(column = "id", javaType = int.class), @Arg(column = "name", javaType = String.class),
            @Arg(column = "email", javaType = String.class), @Arg(column = "age", javaType = int.class),
            @Arg(column = "created_at", javaType = long.class)})
    List<User> all();

    @Update("UPDATE users SET name = #{name}, email = #{email}, age = #{age}, created_at = #{createdAt}"
            + " WHERE id = #{id}")
    void update(User user);

    @Select("SELECT u.id, u.name, u.email, t.label FROM users u JOIN user_tag t ON t.user_id = u.id"
            + " WHERE t.category = #{category} ORDER BY u.id")
    @ConstructorArgs({@Arg(column = "id", javaType = int.class), @Arg(column = "name", javaType = String.class),
            @Arg(column = "email", javaType = String.class), @Arg(column = "label", javaType = String.class)})
    List<UserJoin> join(@Param("category") int category);

    @Select("SELECT id, name, email, age, created_at FROM users_stream")
    @Options(fetchSize = NarrowJdbc.FETCH_SIZE)
    @ConstructorArgs({@Arg(column = "id", javaType = int.class), @Arg(column = "name", javaType = String.class),
            @Arg(column = "email", javaType = String.class), @Arg(column = "age", javaType = int.class),
            @Arg(column = "created_at", javaType = long.class)})
    Cursor<User> stream();
}
